"""Making a return, start to finish: pre-flight, figures and annexes, PDF, signature, snapshot.

:func:`make_return` is the one operation behind ``shequ return`` and the app's 报表 page.
Everything that can refuse (no office, blocking errors, missing explanations, no or wrong
passphrase, a correction without a reason) is checked before anything is written; a signed
return is then stored as a snapshot (:mod:`db.returns.snapshot`) and its PDF handed back for
the caller to save; ``MadeReturn.changes`` says what changed (the period's returns, when signed).

With ``save_to`` the PDF is also saved there as part of the same all-or-nothing (``shequ return
--out``): the file is written whole under a temporary name, the snapshot is committed, and only
then is the file given its name — a full disk on either side (:class:`db.fileio.DiskFull`) leaves
no file, no ``.partial`` and no snapshot, so the retry makes the same version again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from db.audit import Actor, system_actor
from db.changes import NOTHING, Changes
from db.office import current_office
from db.periods import Period
from db.returns.answers import gather_answers
from db.returns.compose import ComposedReturn, compose_return
from db.returns.content import DEFAULT_AUTHORITY, DEFAULT_FORM_NUMBER, ReturnContent, gather_content
from db.returns.errors import CorrectionReasonMissing, NoOffice, PassphraseNeeded
from db.returns.preflight import explain, run_preflight
from db.returns.snapshot import changes_since, latest_signed, next_version, save_signed
from db.store import Store
from db.timeutil import to_local, utcnow


@dataclass
class ReturnRequest:
    """What to make: the period, whether to sign, and what the clerk supplied."""

    period: Period
    sign: bool = False
    passphrase: str | None = None
    explanations: Mapping[str, str] = field(default_factory=dict)
    correction_reason: str = ""
    # "": as the city set them (db.exchange.form_info), else the defaults
    authority: str = ""
    form_number: str = ""
    now: datetime | None = None  # the signing (and filling) time; default: now
    # the signature block as the clerk left it; None: as the office's operators and profile say
    # (db.returns.content.default_signatories), "" prints the line blank
    head_name: str | None = None  # 单位负责人
    filler_name: str | None = None  # 填表人
    phone: str | None = None  # 联系电话


MAX_SIGNATORY_LENGTH = 40


def _checked_signatories(request: ReturnRequest) -> None:
    """Refuse (before anything is made) a signature line that cannot be printed as typed."""
    from db.errors import InvalidInput
    from db.i18n import Label, tr
    from db.validation import Severity, check_phone

    lines = (
        (request.head_name, Label("单位负责人")),
        (request.filler_name, Label("填表人")),
        (request.phone, Label("联系电话")),
    )
    for value, label in lines:
        text = (value or "").strip()
        if len(text) > MAX_SIGNATORY_LENGTH:
            raise InvalidInput(
                tr(
                    "{label}太长（{count} 个字），最多 {limit} 个字",
                    label=label,
                    count=len(text),
                    limit=MAX_SIGNATORY_LENGTH,
                )
            )
        if "\n" in text or "\r" in text:
            raise InvalidInput(tr("{label}只能写一行", label=label))
    problem = check_phone((request.phone or "").strip(), Label("联系电话"))
    if problem is not None and problem[0] is Severity.ERROR:
        raise InvalidInput(problem[2])


@dataclass
class MadeReturn:
    """A made return: the PDF to save, and what it is."""

    pdf: bytes
    content: ReturnContent
    composed: ComposedReturn
    signed: bool
    snapshot_id: str | None = None
    key_created: bool = False
    changes: Changes = field(default=NOTHING)
    """What making it changed: the period's returns when it was signed (a draft changes nothing)."""

    @property
    def version(self) -> int:
        return self.content.return_version

    @property
    def pdf_sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def figures_sha256(self) -> str:
        return self.content.figures_sha256


def make_return(
    store: Store, request: ReturnRequest, actor: Actor | None = None, *, save_to: Path | None = None
) -> MadeReturn:
    """Make (and, when asked, sign and store) the return of ``request.period``; with ``save_to``,
    also save its PDF there, all or nothing (see the module docstring)."""
    from db.exchange.form_info import read_office as read_office_form_info
    from db.fileio import write_atomic
    from db.returns.sign import KeyStore, sign_pdf

    now = request.now or utcnow()
    _checked_signatories(request)
    with store.session(actor) as session:
        office = current_office(session)
        if office is None:
            raise NoOffice()
        if session.actor is None:
            session.set_actor(system_actor(office.code, reason="签署报表"))
        period = request.period
        if request.sign:  # a locked period (the city's final 通过) takes no new version until unlocked
            from db.exchange.locks import LockedPeriodNotSigned, locked_periods

            if period.code in locked_periods(session, office.code):
                raise LockedPeriodNotSigned(period.label_text)
        preflight = run_preflight(session, period, office.code)
        preflight.raise_if_blocked()
        warnings = explain(preflight, request.explanations)
        previous = latest_signed(session, office.code, period.code)
        unexplained = request.sign and previous is not None and not request.correction_reason.strip()

        keys = KeyStore(store.data_dir)
        identity = None
        key_created = False
        if request.sign:
            if not request.passphrase:
                raise PassphraseNeeded()
            if unexplained and not keys.exists():
                raise CorrectionReasonMissing(period.label_text, next_version(session, office.code, period.code))
            # a wrong passphrase is said first; an existing key is only read
            identity, key_created = keys.load_or_create(request.passphrase, office.code, office.name)
        if unexplained:
            raise CorrectionReasonMissing(period.label_text, next_version(session, office.code, period.code))

        operator_id = session.actor.operator_id if session.actor is not None else None
        content = gather_content(
            session, office, period, filled_on=to_local(now).date(), warnings=warnings, operator_id=operator_id
        )
        if request.head_name is not None:
            content.head_name = request.head_name.strip()
        if request.filler_name is not None:
            content.filler_name = request.filler_name.strip()
        if request.phone is not None:
            content.phone = request.phone.strip()
        info = read_office_form_info(store.data_dir)
        content.authority = request.authority or info.authority or DEFAULT_AUTHORITY
        content.form_number = request.form_number or info.table_no or DEFAULT_FORM_NUMBER
        content.approved_by, content.approval_no = info.approved_by, info.approval_no
        content.valid_until = info.valid_until
        content.return_version = next_version(session, office.code, period.code)
        content.signed = request.sign
        content.self_signed = identity.self_signed if identity is not None else keys.is_self_signed()
        content.signed_at = now if request.sign else None
        content.correction_reason = request.correction_reason.strip()
        if previous is not None:
            content.previous_sha256 = previous.figures_sha256
            content.corrections = changes_since(session, previous, content, request.correction_reason)
            content.answers = gather_answers(session, office.code, period.code, content)

        composed = compose_return(content)
        if identity is None:
            if save_to is not None:
                write_atomic(save_to, composed.pdf)
            return MadeReturn(composed.pdf, content, composed, signed=False)

        signer = content.head_name or identity.common_name
        signing = identity
        kept: list[str] = []

        def keep(pdf: bytes) -> None:
            snapshot = save_signed(
                session,
                store.data_dir,
                content,
                pdf,
                signed_at=now,
                signer=signer,
                certificate_subject=signing.subject,
                self_signed=signing.self_signed,
            )
            kept.append(snapshot.id)

        try:
            pdf = sign_pdf(
                composed.pdf,
                identity,
                page=composed.stamp_page,
                box=composed.stamp_box,
                office_name=office.name,
                signer_name=signer,
                when=now,
            )
            if save_to is None:
                keep(pdf)
            else:  # whole on its disk before the snapshot is committed; named only after
                write_atomic(save_to, pdf, before_replace=lambda: keep(pdf))
        except BaseException:
            if key_created and not kept:  # a key made for a return that was not kept goes with it
                keys.key_path.unlink(missing_ok=True)
                keys.cert_path.unlink(missing_ok=True)
            raise
        return MadeReturn(
            pdf,
            content,
            composed,
            signed=True,
            snapshot_id=kept[0],
            key_created=key_created,
            changes=Changes(periods=frozenset({period.code}), returns=True),
        )
