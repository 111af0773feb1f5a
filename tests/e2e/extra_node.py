"""Another portal node of the stack under test: a second `portal serve` with
its own config.inc (the stack's, with some keys changed), its own FastCGI
socket and its own nginx on a free port, so that a test can change what the
main node must keep (lockout limits, session store) or run several nodes."""

import os
import socket
import subprocess
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stack_run_folder():
    return os.path.dirname(os.environ["STACK_CONFIG"])


def config_with(overrides):
    """The stack's config.inc text with `overrides` ({key: value}) set."""
    with open(os.environ["STACK_CONFIG"], encoding="utf-8") as config:
        lines = [line for line in config.read().splitlines()
                 if not any(line.startswith("$%s " % key) or line.startswith("$%s=" % key) for key in overrides)
                 and line.strip() != "?>"]
    for key, value in overrides.items():
        lines.append("$%s = %s;" % (key, value if isinstance(value, int) else "'%s'" % value))
    return "\n".join(lines) + "\n"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


NGINX_CONF = """user {user};
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {folder}/tmp-body;
    fastcgi_temp_path {folder}/tmp-fastcgi;
    proxy_temp_path {folder}/tmp-proxy;
    uwsgi_temp_path {folder}/tmp-uwsgi;
    scgi_temp_path {folder}/tmp-scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            include {run}/fastcgi.conf;
            {https}
            fastcgi_pass unix:{socket};
        }}
    }}
}}
"""


class Node:
    """Use as `with Node("name", {"login_failures_per_address": 1000}) as node:`; node.url is its address.
    With behind_tls, nginx tells the portal the request came over HTTPS, as
    behind a load balancer that ends TLS."""

    def __init__(self, name, overrides, behind_tls=False):
        self.behind_tls = behind_tls
        self.folder = os.path.join(stack_run_folder(), "node-" + name)
        self.overrides = overrides
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.portal = None

    def __enter__(self):
        os.makedirs(self.folder, exist_ok=True)
        config = os.path.join(self.folder, "config.inc")
        with open(config, "w", encoding="utf-8") as out:
            out.write(config_with(self.overrides))
        sock = os.path.join(self.folder, "portal.sock")
        if os.path.exists(sock):
            os.remove(sock)
        log = open(os.path.join(self.folder, "portal.log"), "ab")
        self.portal = subprocess.Popen(
            [os.environ["PORTAL_BINARY"], "serve", "--config", config, "--root", REPO, "--listen", sock,
             "--threads", "4"], stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        user = "%s %s" % (subprocess.check_output(["id", "-un"], text=True).strip(),
                          subprocess.check_output(["id", "-gn"], text=True).strip())
        conf = os.path.join(self.folder, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as out:
            out.write(NGINX_CONF.format(user=user, folder=self.folder, port=self.port, run=stack_run_folder(),
                                        socket=sock, https="fastcgi_param HTTPS on;" if self.behind_tls else ""))
        subprocess.run(["nginx", "-p", self.folder, "-e", os.path.join(self.folder, "nginx-error.log"),
                        "-c", conf], check=True)
        self._wait_until_up()
        return self

    def _wait_until_up(self):
        for _ in range(300):
            if self.portal.poll() is not None:
                raise AssertionError("the extra portal node stopped; see %s/portal.log" % self.folder)
            try:
                urllib.request.urlopen(self.url + "/login", timeout=2)
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the extra portal node did not answer within 30 s")

    def __exit__(self, *_):
        conf = os.path.join(self.folder, "nginx.conf")
        subprocess.run(["nginx", "-p", self.folder, "-c", conf, "-s", "stop"], stderr=subprocess.DEVNULL)
        if self.portal:
            self.portal.terminate()
            try:
                self.portal.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.portal.kill()
        return False
