"""Ids of the demo data set, learnt from the reference CRM itself (never
hard-coded: the CRM numbers its records)."""

import functools

MARY = ("mary.smith@northwind.example", "Demo-Portal-1")
PETER = ("peter.jones@northwind.example", "Demo-Portal-2")
LENA = ("lena.berg@eastwind.example", "Demo-Portal-3")
TOM = ("tom.nolan@contoso.example", "Demo-Portal-4")


class DemoData:
    mary, peter, lena, tom = MARY, PETER, LENA, TOM

    def __init__(self, call):
        self.call = call

    def first_id(self, who, module, label=None):
        answer = self.call("FetchRecords", who, module=module, moduleLabel=label or module, mode="mine")
        assert answer.get("success"), "FetchRecords %s as %s: %s" % (module, who[0], answer)
        ids = [record["id"] for key, record in sorted(answer["result"].items()) if key.isdigit()]
        assert ids, "the demo data has no %s record for %s" % (module, who[0])
        return ids[0]

    @functools.cached_property
    def mary_modules(self):
        return self.call("FetchModules", MARY)["result"]

    @property
    def own_contact(self):
        return self.mary_modules["contact_id"]["value"]

    @property
    def own_account(self):
        return self.mary_modules["account_id"]["value"]

    @functools.cached_property
    def own_case(self):
        return self.first_id(MARY, "HelpDesk")

    @functools.cached_property
    def same_org_case(self):
        return self.first_id(PETER, "HelpDesk")

    @functools.cached_property
    def subsidiary_case(self):
        return self.first_id(LENA, "HelpDesk")

    @functools.cached_property
    def other_org_case(self):
        return self.first_id(TOM, "HelpDesk")

    @functools.cached_property
    def faq(self):
        answer = self.call("FetchRecords", MARY, module="Faq", moduleLabel="Faq")
        return answer["result"]["0"]["id"]

    @functools.cached_property
    def own_document(self):
        return self.first_id(MARY, "Documents")

    @functools.cached_property
    def same_org_document(self):
        """One Mary sees through her organisation, not as her own."""
        def ids(mode):
            answer = self.call("FetchRecords", MARY, module="Documents", moduleLabel="Documents", mode=mode)
            return [record["id"] for key, record in sorted(answer["result"].items()) if key.isdigit()]
        mine = set(ids("mine"))
        shared = [record_id for record_id in ids("all") if record_id not in mine]
        assert shared, "the demo data has no organisation document for Mary"
        return shared[0]

    @functools.cached_property
    def other_org_document(self):
        return self.first_id(TOM, "Documents")

    @functools.cached_property
    def invoice(self):
        return self.first_id(MARY, "Invoice")

    @functools.cached_property
    def asset(self):
        return self.first_id(MARY, "Assets")
