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


def stock_config():
    """The stack's config.inc pointed at the reference CRM answering as a stock Vtiger 8.3."""
    with open(STACK_CONFIG, encoding="utf-8") as config:
        lines = [line for line in config.read().splitlines() if not line.startswith("$site_URL")]
    handle = tempfile.NamedTemporaryFile("w", suffix=".inc", delete=False)
    handle.write("\n".join(lines + ["$site_URL = '%s/';" % os.environ["STOCK_CRM_URL"]]) + "\n")
    handle.close()
    return handle.name


def test_check_reports_each_page_against_a_stock_vtiger():
    config = stock_config()
    try:
        answer = run("check", "--config", config, "--root", ROOT, "--user", MARY[0], "--password", MARY[1])
    finally:
        os.unlink(config)
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "the CRM has no extensions (a stock Vtiger)" in answer.stdout
    assert "warn page /cases: degrades: case numbers and update times not shown" in answer.stdout
    assert "warn page /kb: degrades" in answer.stdout and "articles are read from the list" in answer.stdout
    assert "warn page /organisation: degrades: FetchRecord of the organisation is refused" in answer.stdout
    assert "ok   page /profile: works" in answer.stdout and "FAIL" not in answer.stdout
    reference = run("check", "--config", STACK_CONFIG, "--root", ROOT, "--user", MARY[0], "--password", MARY[1])
    assert "ok   page /cases: works" in reference.stdout and "warn page" not in reference.stdout


def test_the_guide_examples_for_a_stock_vtiger_work_as_written():
    with open(os.path.join(ROOT, "Help.txt"), encoding="utf-8") as guide:
        section = guide.read().split("10. RUNNING AGAINST A STOCK VTIGER", 1)[1]
    examples = [line.strip()[len("portal crm "):] for line in section.splitlines()
                if line.strip().startswith("portal crm ")]
    assert len(examples) >= 3
    config = stock_config()
    try:
        for example in examples:
            answer = run("crm", "--config", config, *example.split(" "),
                         env={"PORTAL_CRM_USER": MARY[0], "PORTAL_CRM_PASSWORD": MARY[1]})
            assert answer.returncode == 0, (example, answer.stdout + answer.stderr)
            json.loads(answer.stdout)
    finally:
        os.unlink(config)
