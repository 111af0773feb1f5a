"""Where the stack under test is, and the demo data the tests rely on."""

import os
import subprocess

PORTAL_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8080")
CRM_URL = os.environ.get("CRM_URL", "http://127.0.0.1:8081")

MARY = ("mary.smith@northwind.example", "Demo-Portal-1")
PETER = ("peter.jones@northwind.example", "Demo-Portal-2")
TOM = ("tom.nolan@contoso.example", "Demo-Portal-4")


def portalctl(command):
    """Asks the run script to change the stack (used to take the CRM away)."""
    subprocess.run([os.environ["PORTALCTL"], command], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, PORTAL_STACK=os.environ.get("PORTAL_STACK", "test")))
