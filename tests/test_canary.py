"""A canary My Number runs through every flow it can reach, then every sink is searched for it.

The canary is a valid 個人番号 (its check digit computed by ``rules.checkdigits``) that exists
nowhere else. It goes through the portal (pre-registration, its PDF, the tracker, the
correction reply, the booking and its ICS), the console (intake from the pre-registration,
a refused intake, the case page, the reveal, a crash with DEBUG off), the API, the admin
and every mail the case sends, delivered over SMTP to a real aiosmtpd server on loopback.
Then it is searched for, as its 12 digits in any spacing or separator and in full-width
digits, in every column of every table (raw SQL, sessions and cache decoded), in the test's
own ``var/`` directory, in every mail the sink received (headers, every MIME part decoded,
attachments) and in every log record captured at DEBUG (SQL included). The only place it
may be is the ciphertext column, encrypted; the only page that may show it is the audited
reveal.
"""

from __future__ import annotations

import base64
import email
import email.policy
import html
import logging
import re
import socket
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from django.urls import reverse

from factories import Cast, transition_params
from kokugai.cases import services as case_services
from kokugai.cases import workflow as wf
from kokugai.cases.models import Case
from kokugai.core import clock
from kokugai.core.models import User
from kokugai.notifications.models import Notification
from kokugai.people.models import Person
from kokugai.rules import checkdigits

BASE = "73019264851"
CANARY = BASE + str(checkdigits.mynumber_check_digit(BASE))
FULL_WIDTH = CANARY.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
#: The digits with up to three separators (spaces, hyphens, dots, slashes …) between them.
PATTERN = re.compile(r"[^0-9A-Za-z]{0,3}".join(CANARY))


def normalise(text: str) -> str:
    """What a reader would see: entities and %-escapes undone, full-width folded (NFKC)."""
    text = html.unescape(text)
    text = urllib.parse.unquote_plus(text)
    return unicodedata.normalize("NFKC", text)


def hits(text: str) -> bool:
    return bool(PATTERN.search(normalise(text)))


# --- the sinks ------------------------------------------------------------------------------


@dataclass
class Sink:
    messages: list[bytes] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(envelope.original_content or envelope.content)
        return "250 2.0.0 Ok: queued"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def sink(settings):
    port = _free_port()
    handler = Sink()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield handler
    from kokugai.notifications import delivery

    delivery.close_connection()
    controller.stop()


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception as exc:
            self.lines.append(f"{record.name} unformattable {record.msg!r} {record.args!r} {exc}")


@pytest.fixture
def logs():
    """Every logger at DEBUG, SQL with its parameters included."""
    capture = Capture()
    names = ["", "django", "django.request", "django.server", "django.db.backends", "kokugai"]
    names += [n for n in logging.root.manager.loggerDict if n.startswith(("kokugai", "django"))]
    saved = {}
    for name in names:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(capture)
    forced = connection.force_debug_cursor
    connection.force_debug_cursor = True  # django.db.backends logs every query and its params
    yield capture
    connection.force_debug_cursor = forced
    for name, level in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.removeHandler(capture)


def mail_texts(raw: bytes) -> list[str]:
    """Headers and every part of a message, decoded (base64, quoted-printable, charsets)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    out = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.is_multipart():
            continue
        out.extend(f"{k}: {v}" for k, v in part.items())
        payload = part.get_payload(decode=True) or b""
        out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return out


def table_hits() -> list[str]:
    """Every column of every table, read with raw SQL; sessions and cache entries decoded."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            columns = [c[0] for c in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if (table, column) == ("people_person", "mynumber_ciphertext"):
                        continue  # the one place it may be, encrypted
                    texts = [_as_text(value)]
                    if table == "django_session" and column == "session_data":
                        texts.append(repr(SessionStore().decode(value)))
                    if table.endswith("cache") and column == "value":
                        texts.append(base64.b64decode(value).decode("latin-1"))
                    if any(hits(t) for t in texts):
                        found.append(f"{table}.{column}")
    return found


def _as_text(value: object) -> str:
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def file_hits(root: Path, since: float) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and path.stat().st_mtime >= since:
            data = path.read_bytes()
            if hits(data.decode("utf-8", "replace")) or hits(data.decode("utf-16", "replace")):
                found.append(str(path.relative_to(root)))
    return found


# --- the flows ------------------------------------------------------------------------------


def deliver() -> None:
    from kokugai.notifications.delivery import deliver_pending

    deliver_pending()


def fire(case: Case, cast: Cast, name: str) -> Case:
    transition = next(
        t
        for t in wf.workflow_for(case.procedure).transitions
        if t.name == name and t.source == case.state
    )
    return case_services.case_transition(
        case=case,
        name=name,
        actor=cast.actor_for(transition),
        **transition_params(name, cast, case),
    )


@dataclass
class Pages:
    """Every response of the run, except the one that is meant to show the number."""

    seen: list[tuple[str, str]] = field(default_factory=list)

    def add(self, label: str, response) -> None:
        body = (
            response.content
            if hasattr(response, "content")
            else b"".join(response.streaming_content)
        )
        self.seen.append((label, body.decode("utf-8", "replace")))
        self.seen.append((f"{label} headers", repr(dict(response.headers))))


@pytest.mark.django_db
def test_the_canary_my_number_leaks_nowhere(sink, logs, settings, tmp_path, monkeypatch):
    import time

    started = time.time()
    settings.DEBUG = False
    settings.EMAIL_FILE_PATH = str(tmp_path / "var" / "mail")
    settings.STATIC_ROOT = str(tmp_path / "var" / "static")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    var_dir = Path(settings.VAR_DIR)
    pages = Pages()
    assert checkdigits.validate_mynumber(CANARY) == CANARY

    cast = Cast.make()
    honseki = cast.offices["honseki"]
    citizen = Client()
    clerk = Client(raise_request_exception=False)
    clerk.force_login(cast.staff["intake"])

    # 1. Portal: pre-registration, its mail, the verification page and the PDF.
    form = {
        "channel": "mission_mail",
        "family_name": "国外",
        "given_name": "鳥子",
        "family_name_kana": "コクガイ",
        "given_name_kana": "トリコ",
        "family_name_romaji": "KOKUGAI",
        "given_name_romaji": "TORIKO",
        "birth_date": "1988-08-08",
        "sex": "female",
        "honseki": "022039",
        "email": "toriko@example.com",
        "country": "TW",
        "city": "Taipei",
        "timezone": "",
        "intake_office": "",
        "pickup_office": "",
        "with_certificates": "true",
    }
    from web.prereg_walk import walk

    # The question pages one by one, then the check page (issue 16.5).
    response = walk(citizen, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    pages.add("prereg post", response)
    deliver()
    token = re.search(r"/preregister/verify/([^/\s]+)/", "\n".join(mail_texts(sink.messages[-1])))
    assert token, "the verification mail carries its link"
    pages.add("prereg verify", citizen.get(f"/preregister/verify/{token.group(1)}/"))
    pdf = citizen.get(f"/preregister/verify/{token.group(1)}/application.pdf")
    pages.add("prereg pdf", pdf)
    from web.pdftext import extract_text

    pages.seen.append(("prereg pdf text", "\n".join(extract_text(pdf.content))))

    # 2. Console: a refused intake carrying the number, then the intake itself with the
    #    number typed in full-width digits with spaces.
    intake = {
        "procedure": "new_issuance",
        "channel": "municipality_visit",
        "family_name": "国外",
        "given_name": "鳥子",
        "family_name_kana": "コクガイ",
        "given_name_kana": "トリコ",
        "family_name_romaji": "KOKUGAI",
        "given_name_romaji": "TORIKO",
        "birth_date": "1988-08-08",
        "sex": "female",
        "honseki": honseki.code,
        "email": "toriko@example.com",
        "country": "TW",
        "city": "Taipei",
        "timezone": "Asia/Taipei",
        "pickup_office": cast.offices["pickup"].code,
        "with_certificates": "on",
        "language": "ja",
        "mynumber": f"{FULL_WIDTH[:4]} {FULL_WIDTH[4:8]} {FULL_WIDTH[8:]}",
    }
    refused = clerk.post(reverse("console:intake"), {**intake, "email": "not-an-address"})
    assert refused.status_code != 302 and not Case.objects.exists()
    pages.add("intake refused", refused)
    response = clerk.post(reverse("console:intake"), intake)
    assert response.status_code == 302, response.content.decode()[:3000]
    case = Case.objects.get(
        person__family_name_romaji="KOKUGAI", person__given_name_romaji="TORIKO"
    )
    person = case.person
    assert person.mynumber_ciphertext, "the number was stored (encrypted)"
    Person.objects.filter(pk=person.pk).update(email_verified_at=clock.now())

    # 3. A crash in the intake with DEBUG off: the error page and the error log.
    import kokugai.cases.intake as case_intake

    def crash(*args, **kwargs):
        raise RuntimeError("storage unavailable")

    monkeypatch.setattr(case_intake, "person_lookup_by_mynumber", crash)
    crashed = clerk.post(reverse("console:intake"), {**intake, "email": "other@example.com"})
    assert crashed.status_code == 500
    pages.add("intake crash", crashed)
    monkeypatch.undo()

    # 4. The case page, the API, the reveal (the one page that shows it).
    pages.add("case page", clerk.get(reverse("console:case", args=[case.pk])))
    pages.add("api case", clerk.get(f"/api/v1/cases/{case.pk}"))
    pages.add(
        "api check",
        citizen.post("/api/v1/check/mynumber", {"number": CANARY}, content_type="application/json"),
    )
    pages.add(
        "api check too long",
        citizen.post(
            "/api/v1/check/mynumber", {"number": CANARY * 3}, content_type="application/json"
        ),
    )
    reviewer = Client()
    reviewer.force_login(cast.staff["honseki"])
    revealer = cast.staff["honseki"]
    from django.contrib.auth.models import Permission

    revealer.user_permissions.add(Permission.objects.get(codename="reveal_mynumber"))
    reviewer.force_login(User.objects.get(pk=revealer.pk))
    reveal = reviewer.post(
        reverse("console:case_reveal_mynumber", args=[case.pk]), {"reason": "本人確認"}
    )
    assert reveal.status_code == 200
    assert hits(reveal.content.decode()), "the reveal shows the number (the canary is live)"

    # 5. Every mail of the case: forward, review, a correction answered through the portal,
    #    acceptance, production, shipping, arrival, a booking with its ICS, the hand-over.
    for entry in case.checklist.filter(required=True):
        case_services.checklist_check(case=case, code=entry.code, actor=cast.staff["intake"])
    case.refresh_from_db()
    for name in ("forward", "start_review", "request_correction"):
        case = fire(case, cast, name)
    deliver()
    reply = re.search(r"/reply/([^/\s]+)/", "\n".join(mail_texts(sink.messages[-1])))
    assert reply, "the correction mail carries its reply link"
    pages.add("reply form", citizen.get(f"/reply/{reply.group(1)}/"))
    pages.add(
        "reply post",
        citizen.post(f"/reply/{reply.group(1)}/", {"text": "本籍の番地を直しました。"}),
    )
    case.refresh_from_db()
    for name in ("accept", "order", "ship", "receive"):
        case = fire(case, cast, name)
    deliver()
    all_mail = "\n".join(t for raw in sink.messages for t in mail_texts(raw))
    book = re.search(r"/appointments/book/([^/\s]+)/", all_mail)
    assert book, "the arrival mail carries the booking link"
    from kokugai.appointments import services as appointment_services

    service = appointment_services.service_ensure_pickup(office=cast.offices["pickup"])
    page = citizen.get(f"/appointments/book/{book.group(1)}/")
    pages.add("booking page", page)
    # The page offers days first; the times come on the chosen day's page.
    day = re.search(r'href="\?day=(\d{4}-\d{2}-\d{2})', page.content.decode())
    assert day, "days with free slots are offered"
    page = citizen.get(f"/appointments/book/{book.group(1)}/", {"day": day.group(1)})
    pages.add("booking page, one day", page)
    slot_ids = re.findall(r'name="slot" id="slot-\d+" value="(\d+)"', page.content.decode())
    assert slot_ids, "free slots are offered"
    pages.add("book", citizen.post(f"/appointments/book/{book.group(1)}/", {"slot": slot_ids[0]}))
    deliver()
    all_mail = "\n".join(t for raw in sink.messages for t in mail_texts(raw))
    manage = re.search(r"/appointments/manage/([^/\s]+)/", all_mail)
    assert manage, "the confirmation carries the manage link"
    pages.add("manage", citizen.get(f"/appointments/manage/{manage.group(1)}/"))
    ics = citizen.get(f"/appointments/manage/{manage.group(1)}/appointment.ics")
    pages.add("ics", ics)
    # Cancel (its own mail), then book again from the same link.
    pages.add(
        "cancel", citizen.post(f"/appointments/manage/{manage.group(1)}/", {"action": "cancel"})
    )
    page = citizen.get(f"/appointments/book/{book.group(1)}/", {"day": day.group(1)})
    slot_ids = re.findall(r'name="slot" id="slot-\d+" value="(\d+)"', page.content.decode())
    pages.add(
        "book again", citizen.post(f"/appointments/book/{book.group(1)}/", {"slot": slot_ids[-1]})
    )
    deliver()
    assert service.pk
    case.refresh_from_db()
    case = fire(case, cast, "hand_over")
    deliver()
    # A second case for the same person (found by the number at the counter), withdrawn.
    again = clerk.post(reverse("console:intake"), intake)
    assert again.status_code == 302, again.content.decode()[:2000]
    second = Case.objects.filter(person=person).exclude(pk=case.pk).get()
    fire(second, cast, "withdraw")
    deliver()
    templates = set(Notification.objects.values_list("template", flat=True))
    assert {"appointment_confirmed", "appointment_cancelled", "withdrawn", "arrived"} <= templates

    # 6. The tracker: the citizen's own lookup, and the number typed where the receipt goes.
    pages.add(
        "track",
        citizen.post("/track/", {"reference": case.receipt_number, "birth_date": "1988-08-08"}),
    )
    pages.add(
        "track mynumber", citizen.post("/track/", {"reference": CANARY, "birth_date": "1988-08-08"})
    )

    # 7. The admin: its index and every list and change page of the registered models.
    admin_user = User.objects.create_superuser("canary-admin", "admin@example.com", "x")
    admin = Client()
    admin.force_login(admin_user)
    from django.contrib import admin as django_admin

    pages.add("admin index", admin.get("/admin/"))
    for model in django_admin.site._registry:
        opts = model._meta
        listing = admin.get(f"/admin/{opts.app_label}/{opts.model_name}/")
        pages.add(f"admin {opts.label}", listing)
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages.add(
                f"admin {opts.label} change",
                admin.get(f"/admin/{opts.app_label}/{opts.model_name}/{first.pk}/change/"),
            )

    # --- the search -------------------------------------------------------------------------
    assert len(sink.messages) >= 10, "every mail of the story went through the sink"
    leaks: list[str] = []
    leaks += [f"table {where}" for where in table_hits()]
    leaks += (
        [f"file var/{p}" for p in file_hits(tmp_path / "var", 0)]
        if (tmp_path / "var").exists()
        else []
    )
    leaks += [f"file {var_dir.name}/{p}" for p in file_hits(var_dir, started)]
    for i, raw in enumerate(sink.messages):
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if any(hits(t) for t in mail_texts(raw)):
            leaks.append(f"mail {i} {message['Subject']}")
    leaks += [f"log {line[:160]}" for line in logs.lines if hits(line)]
    leaks += [f"page {label}" for label, body in pages.seen if hits(body)]
    assert leaks == [], "\n".join(leaks)
