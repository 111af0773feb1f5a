#include "reference-crm/storage/seed_demo_data.h"

namespace refcrm::storage::demo {

const std::vector<User>& users()
{
    static const std::vector<User> list {
        { k_admin_user, "Alex", "Admin", "alex.admin@crm.example", true },
        { k_agent_user, "Sam", "Rivera", "sam.rivera@crm.example", false },
    };
    return list;
}

const std::vector<Organisation>& organisations()
{
    static const std::vector<Organisation> list {
        { "Northwind Traders", "", "+44 20 7946 0101", "office@northwind.example", "https://northwind.example",
            "London", "United Kingdom" },
        { "Eastwind Outfitters", "Northwind Traders", "+46 8 555 0142", "hello@eastwind.example",
            "https://eastwind.example", "Stockholm", "Sweden" },
        { "Contoso", "", "+1 425 555 0199", "info@contoso.example", "https://contoso.example", "Redmond",
            "United States" },
    };
    return list;
}

const std::vector<Product>& products()
{
    static const std::vector<Product> list {
        { "PRO1", "Router X200", "Hardware", "249.00", "Dual-WAN office router with built-in VPN." },
        { "PRO2", "CloudSync Backup", "Software", "12.00", "File sync and backup, priced per user and month." },
        { "PRO3", "Field Scanner S3", "Hardware", "599.00", "Rugged barcode scanner with charging dock." },
        { "PRO4", "Helpdesk Plus License", "Software", "89.00", "Yearly licence for the Helpdesk Plus desk app." },
    };
    return list;
}

namespace {

std::vector<Ticket> mary_tickets()
{
    return {
        { "Router drops connection every evening", "In Progress", "High", "Major", "Big Problem", "Router X200",
            "Since the firmware update our office router loses its internet link around 6 pm every day.", "", 480, 26,
            { { true, "It happened again tonight at 18:04, for about ten minutes.", 470 },
                { false, "Thanks Mary. Could you send us the router's system log after the next outage?", 450 },
                { true, "Log exported from yesterday's drop; I attached it to the e-mail thread.", 26 } } },
        { "Invoice 2024-117 shows the wrong VAT rate", "Wait For Response", "Normal", "Minor", "Small Problem", "",
            "The invoice applies 20% VAT but our deliveries are zero-rated.", "", 288, 72,
            { { true, "Our customs paperwork is attached to the original order.", 280 },
                { false, "Accounting will re-issue the invoice. Can you confirm the VAT number we should print?",
                    72 } } },
        { "Add two more users to our CloudSync plan", "Open", "Low", "Feature", "Other Problem", "CloudSync Backup",
            "We hired two people and need seats for them from next month.", "", 50, 50,
            { { true, "Their names are Ann Lee and Omar Haddad.", 49 } } },
        { "Scanner S3 battery not charging", "Closed", "Urgent", "Critical", "Big Problem", "Field Scanner S3",
            "Two of our scanners stopped charging overnight.", "Replaced the charging dock under warranty.", 840, 600,
            { { true, "Both scanners show a red light in the dock.", 838 },
                { false, "A replacement dock is on its way, tracking number NW-88213.", 820 },
                { true, "The new dock works, thank you!", 600 } } },
    };
}

std::vector<Ticket> peter_tickets()
{
    return {
        { "Cannot log in to the CloudSync web console", "Open", "Urgent", "Critical", "Big Problem", "CloudSync Backup",
            "The console says \"account locked\" since this morning.", "", 20, 5,
            { { true, "None of my colleagues can log in either.", 19 },
                { false, "We unlocked the account; please try again and tell us if the error comes back.", 5 } } },
        { "Request: quarterly usage report", "In Progress", "Normal", "Feature", "Other Problem", "CloudSync Backup",
            "Could we get a usage report per quarter for our finance team?", "", 216, 100,
            { { false, "Our reporting team is preparing a template; expect it next week.", 100 } } },
        { "Replacement power supply for Router X200", "Closed", "Normal", "Minor", "Small Problem", "Router X200",
            "The power supply of our second router is broken.", "Shipped a new 12 V power supply.", 720, 600,
            { { false, "Shipped today with tracking number NW-77120.", 700 }, { true, "Received, all good.", 610 } } },
    };
}

std::vector<Ticket> lena_tickets()
{
    return {
        { "Sync client uses 100% CPU on Windows 11", "In Progress", "High", "Major", "Big Problem", "CloudSync Backup",
            "After the last update the sync client keeps one core busy all the time.", "", 144, 30,
            { { true, "It happens on all six laptops in the shop.", 140 },
                { false, "Version 4.2.1 fixes this; please update and let us know.", 30 } } },
        { "Change billing contact to accounts@eastwind.example", "Closed", "Low", "Minor", "Other Problem", "",
            "Please send all invoices to accounts@eastwind.example from now on.", "Billing contact updated.", 360, 330,
            { { false, "Done, the next invoice goes to the new address.", 330 } } },
        { "Order status for five Field Scanner S3", "Wait For Response", "Normal", "Minor", "Small Problem",
            "Field Scanner S3", "When will our order of five scanners ship?", "", 96, 48,
            { { true, "We need them before the stock-taking on the 1st.", 95 },
                { false, "They ship on Monday. Should we deliver to the warehouse or to the shop?", 48 } } },
    };
}

std::vector<Ticket> tom_tickets()
{
    return {
        { "Helpdesk Plus licence key rejected", "Open", "High", "Major", "Big Problem", "Helpdesk Plus License",
            "The new licence key gives \"invalid key\" on activation.", "", 70, 70,
            { { true, "Screenshot of the error is in the e-mail I sent to support.", 69 } } },
        { "Router X200 VPN setup call", "Closed", "Low", "Feature", "Other Problem", "Router X200",
            "Can someone walk us through the VPN setup?", "Setup completed on a call with Tom.", 600, 500,
            { { false, "Booked a call for Thursday 10:00.", 560 }, { true, "Thanks, the VPN works now.", 500 } } },
        { "Duplicate charge on the March invoice", "In Progress", "Urgent", "Minor", "Small Problem", "",
            "We were charged twice for the March invoice.", "", 120, 10,
            { { true, "Both charges are on our card statement of the 3rd.", 118 },
                { false, "Finance confirmed the duplicate; the refund is on its way.", 10 } } },
    };
}

}

const std::vector<Contact>& contacts()
{
    static const std::vector<Contact> list {
        { "Mary", "Smith", "mary.smith@northwind.example", "Demo-Portal-1", "Northwind Traders", "+44 20 7946 0111",
            "Office Manager", mary_tickets() },
        { "Peter", "Jones", "peter.jones@northwind.example", "Demo-Portal-2", "Northwind Traders", "+44 20 7946 0112",
            "IT Administrator", peter_tickets() },
        { "Lena", "Berg", "lena.berg@eastwind.example", "Demo-Portal-3", "Eastwind Outfitters", "+46 8 555 0143",
            "Store Manager", lena_tickets() },
        { "Tom", "Nolan", "tom.nolan@contoso.example", "Demo-Portal-4", "Contoso", "+1 425 555 0123", "Operations Lead",
            tom_tickets() },
    };
    return list;
}

const std::vector<Faq>& faqs()
{
    static const std::vector<Faq> list {
        { "How do I reset my portal password?",
            "Use the \"Forgot password\" link on the sign-in page; we e-mail you a link to choose a new password.",
            "Account & Login", "Published", "" },
        { "Can several people from my company use the portal?",
            "Yes. Every contact gets their own login; ask your account manager to enable portal access for a "
            "colleague.",
            "Account & Login", "Published", "" },
        { "Why was I signed out of the portal?",
            "For your security, sessions end after 30 minutes without activity. Sign in again to continue.",
            "Account & Login", "Published", "" },
        { "How do I pay an invoice?",
            "Pay by bank transfer to the account printed on the invoice, or by card through the link in the invoice "
            "e-mail.",
            "Billing", "Published", "" },
        { "Where is my VAT number shown on invoices?",
            "Under your billing address. If it is missing or wrong, open a case and we re-issue the invoice.",
            "Billing", "Published", "" },
        { "How do I reset the Router X200 to factory settings?",
            "Hold the reset button for 10 seconds while the router is on; the status light blinks amber when done.",
            "Hardware", "Published", "Router X200" },
        { "How long does the Field Scanner S3 battery last?",
            "About 12 hours of continuous scanning; a full charge in the dock takes 3 hours.", "Hardware", "Published",
            "Field Scanner S3" },
        { "Does CloudSync support two-factor authentication?", "Draft: waiting for the 5.0 release notes.",
            "Account & Login", "Draft", "CloudSync Backup" },
    };
    return list;
}

const std::vector<PortalModuleSetting>& portal_modules()
{
    static const std::vector<PortalModuleSetting> list {
        { "HelpDesk", 1, true, true, false,
            R"({"ticket_no":0,"ticket_title":1,"ticketstatus":0,"ticketpriorities":1,"ticketseverities":1,)"
            R"("ticketcategories":1,"product_id":1,"description":1,"solution":0,"assigned_user_id":0,)"
            R"("contact_id":0,"parent_id":0,"createdtime":0,"modifiedtime":0})" },
        { "Faq", 2, false, false, true,
            R"({"question":0,"faq_answer":0,"faqstatus":0,"faqcategories":0,"product_id":0,"createdtime":0,)"
            R"("modifiedtime":0,"view_count":0})" },
        { "Products", 3, false, false, true,
            R"({"productname":0,"product_no":0,"productcategory":0,"unit_price":0,"description":0})" },
        { "Contacts", 4, false, true, true,
            R"({"firstname":1,"lastname":1,"email":0,"phone":1,"title":1,"account_id":0,"support_start_date":0,)"
            R"("support_end_date":0,"assigned_user_id":0})" },
        { "Accounts", 5, false, true, true,
            R"({"accountname":0,"account_id":0,"phone":0,"email1":0,"website":0,"bill_city":0,"bill_country":0,)"
            R"("assigned_user_id":0})" },
        { "Documents", 6, true, false, true,
            R"({"notes_title":1,"note_no":0,"filename":0,"filetype":0,"filesize":0,"notecontent":0,)"
            R"("assigned_user_id":0,"createdtime":0,"modifiedtime":0})" },
        { "Invoice", 7, false, false, true,
            R"({"invoice_no":0,"subject":0,"invoicestatus":0,"invoicedate":0,"duedate":0,"contact_id":0,)"
            R"("account_id":0,"bill_street":0,"ship_street":0,"hdnSubTotal":0,"hdnDiscountAmount":0,)"
            R"("pre_tax_total":0,"tax_amount":0,"hdnGrandTotal":0,"received":0,"balance":0,"assigned_user_id":0,)"
            R"("modifiedtime":0})" },
        { "Quotes", 8, false, true, true,
            R"({"quote_no":0,"subject":0,"quotestage":0,"validtill":0,"contact_id":0,"account_id":0,)"
            R"("bill_street":0,"ship_street":0,"hdnSubTotal":0,"hdnDiscountAmount":0,"pre_tax_total":0,)"
            R"("tax_amount":0,"hdnGrandTotal":0,"terms_conditions":0,"assigned_user_id":0,"modifiedtime":0})" },
        { "Services", 9, false, false, true,
            R"({"servicename":0,"service_no":0,"servicecategory":0,"service_usageunit":0,"unit_price":0,)"
            R"("description":0})" },
        { "Project", 10, false, false, true,
            R"({"projectname":0,"project_no":0,"projectstatus":0,"startdate":0,"targetenddate":0,"progress":0,)"
            R"("linktoaccountscontacts":0,"description":0,"assigned_user_id":0,"modifiedtime":0})" },
        { "ProjectTask", 11, false, false, true,
            R"({"projecttaskname":0,"projecttask_no":0,"projectid":0,"projecttaskstatus":0,)"
            R"("projecttaskpriority":0,"projecttaskprogress":0,"startdate":0,"enddate":0,"description":0,)"
            R"("assigned_user_id":0})" },
        { "ProjectMilestone", 12, false, false, true,
            R"({"projectmilestonename":0,"projectmilestone_no":0,"projectid":0,"projectmilestonedate":0,)"
            R"("projectmilestonetype":0,"description":0,"assigned_user_id":0})" },
        { "Assets", 13, false, true, true,
            R"({"asset_no":0,"assetname":1,"serialnumber":0,"product":0,"assetstatus":1,"datesold":0,)"
            R"("dateinservice":0,"contact":0,"account":0,"description":1,"assigned_user_id":0})" },
        { "ServiceContracts", 14, false, false, true,
            R"({"contract_no":0,"subject":0,"contract_status":0,"start_date":0,"due_date":0,"tracking_unit":0,)"
            R"("total_units":0,"used_units":0,"sc_related_to":0,"assigned_user_id":0})" },
    };
    return list;
}

std::string_view announcement()
{
    return "Planned maintenance: the CloudSync service is read-only on Saturday from 06:00 to 08:00 UTC.";
}

}
