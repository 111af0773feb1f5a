"""A small browser-like HTTP client for the end-to-end tests: keeps cookies,
does not follow redirects (the tests check them), speaks only to loopback."""

import base64
import http.client
import json
import re
import urllib.parse


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (name, value), names lower-case
        self.body = body
        self.text = body.decode("utf-8", errors="replace")

    def header(self, name):
        for key, value in self.headers:
            if key == name.lower():
                return value
        return None

    def header_all(self, name):
        return [value for key, value in self.headers if key == name.lower()]

    def hidden_input(self, name):
        match = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), self.text)
        return match.group(1) if match else None


class Browser:
    def __init__(self, base_url):
        parsed = urllib.parse.urlsplit(base_url)
        self.host = parsed.hostname
        self.port = parsed.port
        self.cookies = {}

    def request(self, method, path, form=None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        all_headers = dict(headers or {})
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            all_headers["Cookie"] = "; ".join("%s=%s" % item for item in self.cookies.items())
        connection.request(method, path, body=body, headers=all_headers)
        raw = connection.getresponse()
        response = Response(raw.status, [(k.lower(), v) for k, v in raw.getheaders()], raw.read())
        connection.close()
        for cookie in response.header_all("set-cookie"):
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in cookie.lower() or value == "":
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, form):
        return self.request("POST", path, form=form)

    def log_in(self, email, password):
        page = self.get("/login")
        token = page.hidden_input("csrf_token")
        return self.post("/login", {"email": email, "password": password, "csrf_token": token})


def crm_call(crm_url, operation, username, password, **fields):
    """One call of the CRM's customer-portal API, as any Vtiger client makes it."""
    parsed = urllib.parse.urlsplit(crm_url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    form = dict(fields, _operation=operation, username=username, password=password)
    auth = base64.b64encode(("%s:%s" % (username, password)).encode()).decode()
    connection.request("POST", "/modules/CustomerPortal/api.php", body=urllib.parse.urlencode(form),
                       headers={"Content-Type": "application/x-www-form-urlencoded",
                                "Authorization": "Basic " + auth})
    answer = json.loads(connection.getresponse().read())
    connection.close()
    return answer
