"""A local SMTP server for test stacks: accepts every message and keeps it
as a file NNNN.eml in a folder, where the end-to-end tests read it. It
relays nothing. Started and stopped by ./portalctl for test stacks.

usage: python3 tests/mail_sink.py --port PORT --dir FOLDER"""

import argparse
import itertools
import os
import socketserver
import threading

COUNTER = itertools.count(1)
LOCK = threading.Lock()


class SmtpSession(socketserver.StreamRequestHandler):
    timeout = 30

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def read_data(self):
        lines = []
        while True:
            line = self.rfile.readline(1 << 20)
            if not line or line.rstrip(b"\r\n") == b".":
                return b"\r\n".join(lines)
            line = line.rstrip(b"\r\n")
            lines.append(line[1:] if line.startswith(b"..") else line)

    def keep(self, data):
        with LOCK:
            number = next(COUNTER)
        path = os.path.join(self.server.folder, "%04d.eml" % number)
        with open(path + ".part", "wb") as out:
            out.write(data + b"\r\n")
        os.rename(path + ".part", path)

    def handle(self):
        self.reply("220 mail-sink ready")
        while True:
            line = self.rfile.readline(4096)
            if not line:
                return
            verb = line.decode("utf-8", "replace").strip()[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 mail-sink")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                self.keep(self.read_data())
                self.reply("250 kept")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class Sink(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.dir, exist_ok=True)
    with Sink(("127.0.0.1", arguments.port), SmtpSession) as server:
        server.folder = arguments.dir
        server.serve_forever()


if __name__ == "__main__":
    main()
