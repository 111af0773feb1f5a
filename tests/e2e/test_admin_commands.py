"""The admin's troubleshooting commands: portal check and portal crm."""

import json
import os
import subprocess
import tempfile

from stack import MARY

PORTAL = os.environ.get("PORTAL_BINARY", "build/portal/portal")
STACK_CONFIG = os.environ.get("STACK_CONFIG", "config.inc")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def run(*arguments, env=None):
    return subprocess.run([PORTAL, *arguments], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, **(env or {})))


def test_check_logs_in_and_lists_the_modules():
    answer = run("check", "--config", STACK_CONFIG, "--root", ROOT, "--user", MARY[0], "--password", MARY[1])
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "ok   login as mary.smith@northwind.example" in answer.stdout
    assert "HelpDesk" in answer.stdout and "Faq" in answer.stdout
    assert MARY[1] not in answer.stdout + answer.stderr


def test_check_names_every_bad_config_line_and_a_wrong_password():
    with tempfile.NamedTemporaryFile("w", suffix=".inc", delete=False) as bad:
        bad.write("<?php\n$site_URL = 'http://127.0.0.1:1/';\n$colour = 'red';\n$crm_timeout = 'soon';\n")
    try:
        answer = run("check", "--config", bad.name, "--root", ROOT)
        assert answer.returncode == 1
        assert ":3: unknown key $colour" in answer.stdout and ":4: $crm_timeout must be" in answer.stdout
    finally:
        os.unlink(bad.name)
    wrong = run("check", "--config", STACK_CONFIG, "--root", ROOT, "--user", MARY[0], "--password", "nope-nope")
    assert wrong.returncode == 1 and "FAIL login as mary.smith@northwind.example" in wrong.stdout


def test_crm_command_prints_the_decoded_answer_as_json():
    answer = run("crm", "--config", STACK_CONFIG, "FetchRecords", "module=HelpDesk",
                 env={"PORTAL_CRM_USER": MARY[0], "PORTAL_CRM_PASSWORD": MARY[1]})
    assert answer.returncode == 0, answer.stdout + answer.stderr
    decoded = json.loads(answer.stdout)
    assert MARY[1] not in answer.stdout
    assert "records" in json.dumps(decoded) or isinstance(decoded, (list, dict))
    bad = run("crm", "--config", STACK_CONFIG, "NoSuchOperation", env={"PORTAL_CRM_USER": MARY[0],
                                                                       "PORTAL_CRM_PASSWORD": MARY[1]})
    assert bad.returncode == 2 and "usage" in (bad.stdout + bad.stderr).lower()
    malformed = run("crm", "--config", STACK_CONFIG, "FetchRecords", "module", env={"PORTAL_CRM_USER": MARY[0],
                                                                                  "PORTAL_CRM_PASSWORD": MARY[1]})
    assert malformed.returncode == 2
