"""The exports reps really bring, with their own headers, read field by field: Google
Contacts, Outlook, LinkedIn connections, HubSpot, Salesforce (report and API names),
Pipedrive; vCard 4.0 phones written as tel: URIs; and a row or a card with one bad field,
which comes in without it, the field named."""

import csv
import io

from sqlalchemy import select

from salescoach.interchange.column_names import IGNORE, guess_mapping
from salescoach.interchange.files import import_file
from salescoach.store.models import Account, Contact

GOOGLE = {
    "First Name": "Élodie",
    "Middle Name": "Marie",
    "Last Name": "Lefèvre",
    "Nickname": "Lolo",
    "File As": "",
    "Organization Name": "Pharmacie du Centre",
    "Organization Title": "Titulaire",
    "Organization Department": "Officine",
    "Birthday": "1980-03-04",
    "Notes": "Préfère le matin",
    "Labels": "* myContacts",
    "E-mail 1 - Label": "* Work",
    "E-mail 1 - Value": "elodie@pharmacie.fr",
    "E-mail 2 - Label": "Home",
    "E-mail 2 - Value": "elodie.l@perso.fr",
    "Phone 1 - Label": "Work",
    "Phone 1 - Value": "+33 1 23 45 67 89",
    "Phone 2 - Label": "Mobile",
    "Phone 2 - Value": "+33 6 11 22 33 44",
    "Address 1 - Label": "Work",
    "Address 1 - Formatted": "3 place du Marché 69002 Lyon",
    "Address 1 - Street": "3 place du Marché",
    "Address 1 - City": "Lyon",
    "Address 1 - Postal Code": "69002",
    "Address 1 - Country": "France",
    "Website 1 - Label": "",
    "Website 1 - Value": "https://pharmacie.example",
}

OUTLOOK = {
    "Title": "Mr.",
    "First Name": "Marco",
    "Middle Name": "",
    "Last Name": "Rossi",
    "Suffix": "",
    "Company": "Farmacia Città",
    "Department": "",
    "Job Title": "Purchasing manager",
    "Business Street": "Via Roma 1",
    "Business City": "Roma",
    "Business Postal Code": "00184",
    "Business Country/Region": "Italy",
    "Business Phone": "+39 06 555 0101",
    "Business Phone 2": "",
    "Home Phone": "+39 06 555 0199",
    "Mobile Phone": "+39 333 555 0102",
    "Account": "ACC-001",
    "E-mail Address": "marco@farmacia.it",
    "E-mail Type": "SMTP",
    "E-mail Display Name": "Marco Rossi (marco@farmacia.it)",
    "Notes": "Wants a quote",
    "Web Page": "",
}

LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)
LINKEDIN = {
    "First Name": "Anna",
    "Last Name": "Bell",
    "URL": "https://www.linkedin.com/in/annabell",
    "Email Address": "",
    "Company": "Bell & Co",
    "Position": "Head of Retail",
    "Connected On": "04 Dec 2026",
}

HUBSPOT = {
    "Record ID": "1201",
    "First Name": "Paul",
    "Last Name": "Martin",
    "Email": "paul@martin.example",
    "Phone Number": "+44 20 7946 0000",
    "Mobile Phone Number": "",
    "Company Name": "Martin Ltd",
    "Job Title": "Owner",
    "Street Address": "1 High Street",
    "City": "Bath",
    "Postal Code": "BA1 1AA",
    "Lead Status": "Open",
    "Lifecycle Stage": "Customer",
    "Original Source": "Referrals",
    "Create Date": "2026-01-02",
}

SALESFORCE = {
    "Salutation": "Ms.",
    "First Name": "Zoé",
    "Last Name": "Abel",
    "Title": "Store manager",
    "Account Name": "Abel Boutique",
    "Mailing Street": "8 rue Neuve",
    "Mailing City": "Nantes",
    "Mailing Zip/Postal Code": "44000",
    "Phone": "",
    "Mobile": "+33 6 99 88 77 66",
    "Email": "zoe@abel.fr",
    "Lead Source": "Trade Show",
    "Description": "Met at the fair",
}

SALESFORCE_API = {
    "FirstName": "Léa",
    "LastName": "Dumas",
    "Title": "Buyer",
    "MobilePhone": "+33 7 00 00 00 01",
    "Email": "lea@dumas.fr",
    "LeadSource": "Web",
    "MailingCity": "Lille",
}

PIPEDRIVE = {
    "Person - Name": "Nina Valli",
    "Person - Organization": "Valli SpA",
    "Person - Email - Work": "nina@valli.it",
    "Person - Phone - Work": "+39 02 555 0100",
    "Person - Phone - Mobile": "+39 347 555 0100",
}


def csv_of(*rows: dict[str, str], delimiter: str = ",", preamble: str = "") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return preamble + out.getvalue()


def imported(store, tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    summary = import_file(store, path).result
    with store.reader() as session:
        found = session.execute(select(Contact, Account.name).outerjoin(Account)).all()
    return summary, {contact.name: (contact, company) for contact, company in found}


def test_google_contacts_field_by_field_with_the_second_phone_and_e_mail_kept(store, tmp_path):
    summary, found = imported(store, tmp_path, "contacts.csv", csv_of(GOOGLE))
    assert summary.contacts == 1 and summary.invalid == ()
    elodie, company = found["Élodie Marie Lefèvre"]
    assert company == "Pharmacie du Centre"
    assert (elodie.role, elodie.email, elodie.phone) == (
        "Titulaire",
        "elodie@pharmacie.fr",
        "+33 1 23 45 67 89",
    )
    assert elodie.address == "3 place du Marché, 69002 Lyon"
    assert elodie.notes.splitlines() == [
        "Préfère le matin",
        "Other phone: +33 6 11 22 33 44",
        "Other e-mail: elodie.l@perso.fr",
        "Web: https://pharmacie.example",
    ]


def test_outlook_title_is_mr_or_ms_and_job_title_is_the_role(store, tmp_path):
    mapping = guess_mapping(list(OUTLOOK))
    assert mapping[list(OUTLOOK).index("Title")] == IGNORE
    assert mapping[list(OUTLOOK).index("Account")] == IGNORE  # beside "Company"
    _summary, found = imported(store, tmp_path, "outlook.csv", csv_of(OUTLOOK))
    marco, company = found["Marco Rossi"]
    assert (marco.role, company, marco.phone) == (
        "Purchasing manager",
        "Farmacia Città",
        "+39 06 555 0101",
    )
    assert marco.address == "Via Roma 1, 00184 Roma"
    assert "Mobile: +39 333 555 0102" in marco.notes
    assert "Other phone: +39 06 555 0199" in marco.notes


def test_linkedin_connections_after_their_preamble_come_from_a_social_network(store, tmp_path):
    text = csv_of(LINKEDIN, preamble=LINKEDIN_PREAMBLE)
    summary, found = imported(store, tmp_path, "Connections.csv", text)
    assert summary.contacts == 1 and summary.invalid == ()
    anna, company = found["Anna Bell"]
    assert (company, anna.role, anna.source.value) == ("Bell & Co", "Head of Retail", "social")
    assert "Web: https://www.linkedin.com/in/annabell" in anna.notes


def test_hubspot_lifecycle_stage_says_who_is_a_customer(store, tmp_path):
    lead = {**HUBSPOT, "First Name": "Lena", "Email": "lena@x.example", "Lifecycle Stage": "Lead"}
    _summary, found = imported(store, tmp_path, "hubspot.csv", csv_of(HUBSPOT, lead))
    paul, company = found["Paul Martin"]
    assert (company, paul.role, paul.is_customer, paul.source.value) == (
        "Martin Ltd",
        "Owner",
        True,
        "referral",
    )
    assert paul.address == "1 High Street, BA1 1AA Bath"
    assert not found["Lena Martin"][0].is_customer


def test_salesforce_report_and_api_names(store, tmp_path):
    _summary, found = imported(store, tmp_path, "sf.csv", csv_of(SALESFORCE))
    zoe, company = found["Zoé Abel"]
    assert (zoe.role, company, zoe.phone, zoe.source.value) == (
        "Store manager",
        "Abel Boutique",
        "+33 6 99 88 77 66",
        "event",
    )
    _summary, found = imported(store, tmp_path, "api.csv", csv_of(SALESFORCE_API))
    lea, _company = found["Léa Dumas"]
    assert (lea.role, lea.phone, lea.address, lea.source.value) == (
        "Buyer",
        "+33 7 00 00 00 01",
        "Lille",
        "inbound",
    )


def test_pipedrive_people(store, tmp_path):
    _summary, found = imported(store, tmp_path, "people.csv", csv_of(PIPEDRIVE))
    nina, company = found["Nina Valli"]
    assert (company, nina.email, nina.phone) == ("Valli SpA", "nina@valli.it", "+39 02 555 0100")
    assert "Mobile: +39 347 555 0100" in nina.notes


def test_a_row_with_a_broken_e_mail_and_phone_comes_in_without_them(store, tmp_path):
    rows = [
        {"Name": "Good Person", "Email": "good@x.fr", "Phone": "+33 1 00 00 00 00"},
        {"Name": "Half Good", "Email": "half@", "Phone": "call me maybe"},
    ]
    summary, found = imported(store, tmp_path, "list.csv", csv_of(*rows))
    assert summary.contacts == 2 and summary.invalid == ()
    assert (found["Half Good"][0].email, found["Half Good"][0].phone) == ("", "")
    assert [(lo.line, lo.column, lo.value) for lo in summary.fields_left_out] == [
        (3, "Email", "half@"),
        (3, "Phone", "call me maybe"),
    ]


VCARD_4 = """BEGIN:VCARD
VERSION:4.0
FN:Marco Rossi
N:Rossi;Marco;;;
ORG:Farmacia Città
TEL;VALUE=uri;TYPE=work:tel:+39-06-555-0102
TEL;VALUE=uri;TYPE="cell,voice":tel:+39-333-555-0102;ext=12
EMAIL;TYPE=work:marco@
NOTE:Likes espresso
a line a phone mangled
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Anna Bell
TEL;VALUE=uri:tel:+44-20-7946-0000
END:VCARD
"""


def test_vcard_4_phones_are_tel_uris_and_a_bad_field_costs_only_itself(store, tmp_path):
    summary, found = imported(store, tmp_path, "phone.vcf", VCARD_4)
    assert summary.contacts == 2 and summary.invalid == ()
    marco, company = found["Marco Rossi"]
    assert (marco.phone, company, marco.email) == ("+39-06-555-0102", "Farmacia Città", "")
    assert marco.notes.splitlines() == ["Likes espresso", "Other phone: +39-333-555-0102"]
    assert found["Anna Bell"][0].phone == "+44-20-7946-0000"
    said = [(lo.line, lo.column, lo.value) for lo in summary.fields_left_out]
    assert said == [(10, "vCard", "a line a phone mangled"), (1, "email", "marco@")]


def test_nothing_of_a_card_reaches_the_log(store, tmp_path, capsys, caplog):
    imported(store, tmp_path, "phone.vcf", VCARD_4)
    captured = capsys.readouterr()
    assert "mangled" not in captured.err + captured.out
    assert "mangled" not in caplog.text
