"""The portal against a real Vtiger CRM at VTIGER_URL: a portal node of the
test stack is pointed at it, and every page is walked as each of the
Vtiger's seeded portal contacts (walk.py). Without VTIGER_URL the walk is
skipped, and says so.

VTIGER_CONTACTS may name other logins ("email:password,email:password");
the data checks below are those of the seed of a stock Vtiger 8.3 test
instance (organisation Acme Corp, contacts jane, bob and eve), and are made
only for the contacts they name."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))

import walk  # noqa: E402
from extra_node import Node  # noqa: E402

SEED_PASSWORD = "Portal@123"

# What a customer checks with their own eyes, for the seeded contacts.
SEED_EXPECTATIONS = {
    "jane.portal@example.com": [
        ("/", ["Welcome to the Acme support portal"], []),
        ("/cases", ["Login page error", "Password reset email not received", "4 cases"], ["Bob: printer offline"]),
        ("/cases?state=open", ["Login page error", "Invoice discrepancy"], ["Feature request: dark mode"]),
        ("/cases?state=closed", ["Feature request: dark mode"], ["Login page error"]),
        ("/cases?q=invoice", ["Invoice discrepancy"], ["Login page error"]),
        ("/cases/17x14", ["Login page error", "We are looking into the login error.", "Widget Pro"], []),
        ("/kb", ["How do I reset my password?", "How do I pay an invoice?"], ["Draft question about refunds"]),
        ("/kb/3x32", ["How do I reset my password?", "Use the Forgot Password link on the login page."], []),
        ("/kb/search?q=password+reset", ["How do I reset my password?"], []),
        ("/documents", ["Portal User Guide", "Support Policy"], []),
        ("/profile", ["Jane", "Portal", "jane.portal@example.com", "+1 555 0110"], []),
        ("/organisation", ["Acme Corp", "info@acme.example.com"], []),
        ("/products", ["Widget Pro", "Gadget Basic"], []),
        ("/services", ["Premium Support"], []),
        ("/projects", ["Acme Onboarding"], []),
        ("/invoices", ["Acme Invoice 2024-001"], []),
        ("/invoices/7x37", ["Acme Invoice 2024-001", "does not share the amounts"], ["7x37.pdf"]),
        ("/kb/search?q=reset+password", ["How do I reset my password?"], []),
        ("/quotes", ["Acme Q1 Quote"], []),
        ("/contacts", ["Jane Portal"], []),
    ],
    "bob.portal@example.com": [
        ("/cases", ["Bob: printer offline", "Bob: VPN access"], ["Login page error"]),
        ("/cases?state=open", ["Bob: printer offline"], ["Bob: VPN access"]),
    ],
    "eve.east@example.com": [
        ("/cases", ["Eve: east office wifi", "Eve: badge reader"], ["Login page error"]),
    ],
}


def contacts():
    named = os.environ.get("VTIGER_CONTACTS", "")
    if named:
        pairs = [entry.split(":", 1) for entry in named.split(",") if ":" in entry]
    else:
        pairs = [(email, SEED_PASSWORD) for email in SEED_EXPECTATIONS]
    return [(email, password, SEED_EXPECTATIONS.get(email, [])) for email, password in pairs]


def main():
    url = os.environ.get("VTIGER_URL", "").rstrip("/")
    if not url:
        print("vtiger: skipped, VTIGER_URL is not set (a real Vtiger CRM to walk every page against)")
        return 0
    with Node("vtiger", {"site_URL": url + "/"}) as node:
        ok = walk.report(walk.walk(node.url, contacts()), "vtiger walk")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
