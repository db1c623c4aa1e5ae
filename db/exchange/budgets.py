"""What a file from outside may cost before the exchange refuses it: every limit of reading, in one place.

A bundle or an acknowledgement is trusted for nothing until it has been read within these limits:
a 366 KB file can decompress to 200 MB, a few MB of valid JSON can become millions of rows, and
a certified office's key can be stolen. Each limit is checked before the memory it guards is
spent — the file's size by ``stat`` before it is read, the decompressed size while it is
decompressed (a capped stream, never a one-shot ``zlib.decompress``), each line's size before it
is parsed, the rows each table and the whole payload declare before any row is read, each row,
text and PDF as its line passes — and a refusal is one Chinese line naming the limit
(:class:`OverBudget`, a :class:`~db.exchange.errors.BundleError`: the command line exits 2, the
app shows the line, the database is unchanged).

The numbers come from the largest office there is: the scale-100 demo office
(``db.demo.build_demo(store, scale=100)``: 128,000 records, with two signed returns). Its full
bundle to the city, measured:

==========================  ===============  ==========================
what                        scale-100 demo   limit (headroom)
==========================  ===============  ==========================
file on the stick           43 MB            :data:`MAX_BUNDLE_BYTES` 192 MB (4.5×)
payload decompressed        84 MB            :data:`MAX_PAYLOAD_BYTES` 512 MB (6×)
largest line of rows        0.7 MB           :data:`MAX_LINE_BYTES` 4 MB (5.6×)
rows of the largest table   128,036 (audit)  :data:`MAX_TABLE_ROWS` 1,000,000 (7.8×)
rows in all                 358,345          :data:`MAX_TOTAL_ROWS` 2,000,000 (5.6×)
longest text value          11,421 chars     :data:`MAX_TEXT_CHARS` 1,048,576 (90×)
one return's PDF            4.4 MB           :data:`MAX_PDF_BYTES` 32 MB (7×)
all the returns' PDFs       8.4 MB           :data:`MAX_PDF_TOTAL_BYTES` 128 MB (15×)
returns' PDFs               2                :data:`MAX_PDFS` 500
==========================  ===============  ==========================

Memory. A file is refused by these limits holding at most the compressed payload and one line:
the payload is checked line by line (:func:`db.exchange.payload.check_payload`) before any row is
kept. A bundle within every limit costs what a real one of its size costs (the scale-100 bundle
about 500 MB while it is imported), so the row limits also bound the largest import. The sealed
file itself is read in steps (:mod:`db.exchange.envelope`): garbage is refused without holding it.

Standard library and :mod:`db.i18n` only.
"""

from __future__ import annotations

from db.exchange.errors import BundleError
from db.i18n import Text, tr

MB = 1024 * 1024

# -- bundles (office → city, device → device) --------------------------------------------------------

MAX_BUNDLE_BYTES = 192 * MB
"""The bundle file, by ``stat`` before it is read. The scale-100 office's full bundle with two signed
returns is 43 MB; each further signed return adds about 8 MB (its PDF, base64 twice), so eighteen
more still fit. Above it the file is not read at all. Opening keeps the payload it carries (at most
0.56 × the file, 108 MB), the one thing held before the payload's own limits are checked."""

MAX_PAYLOAD_BYTES = 512 * MB
"""The payload decompressed (JSON lines): 84 MB for the scale-100 office, of which 11 MB are the two
PDFs. Counted while decompressing, in steps of :data:`READ_STEP`; the rest is never inflated."""

MAX_HEAD_BYTES = 1 * MB
"""The payload's first line (metadata, tables and their columns, the PDFs' ids): 5 KB in practice."""

MAX_LINE_BYTES = 4 * MB
"""One line of rows (:data:`db.exchange.payload.ROWS_PER_LINE` rows, at most): 0.7 MB at most for
the scale-100 office. Parsed, a line costs at most about 12 × its size (a line of tiny texts), so
this bounds the memory of checking one line to about 50 MB."""

MAX_TABLE_ROWS = 1_000_000
"""Rows of one table: the scale-100 office's largest is its audit log, 128,036 rows. The counted
records of returns (``return_record``) grow by about 51,000 rows per signed return at that scale."""

MAX_TOTAL_ROWS = 2_000_000
"""Rows of all tables together: 358,345 for the scale-100 office. Accepted rows are all kept while
the bundle is applied (about 1 KB each), so this also bounds the memory of the largest import."""

MAX_TEXT_CHARS = 1024 * 1024
"""Characters of one text value (a note, an address, a return's figures as JSON). The longest at the
scale-100 office is a signed return's explanations, 11,421 characters; a text of a million characters
is no note a person typed."""

MAX_PDF_BYTES = 32 * MB
"""One signed return's PDF: 4.4 MB at the scale-100 office (its annexes list every record). Checked
on the base64 line before it is decoded, and again by :mod:`db.exchange.apply` before it is written."""

MAX_PDFS = 500
"""Returns' PDFs in one bundle: a full bundle carries every signed return of the office, two a year
plus corrections; 500 is two centuries of them."""

MAX_PDF_TOTAL_BYTES = 128 * MB
"""All the returns' PDFs of one bundle together, which the city checks (and the import keeps) all at
once: 8.4 MB for the scale-100 office's two returns, so about thirty such returns."""

READ_STEP = 1 * MB
"""Compressed bytes decompressed at a time, and bytes of a file read at a time."""

# -- acknowledgements (city → office) ----------------------------------------------------------------

MAX_ACK_BYTES = 16 * MB
"""An acknowledgement file: a receipt per bundle ever received from the office, a decision per
return, the city's standards (a few dozen rows) and perhaps a certificate: a few KB a year (a
10,000-receipt acknowledgement is under 2 MB)."""

MAX_ACK_PAYLOAD_BYTES = 16 * MB
"""An acknowledgement decompressed. It is one JSON document, parsed whole (about 12 × its size at
worst), so this bounds that memory to about 200 MB: 250 bytes per receipt is 60,000 receipts — a
bundle a day for 160 years."""

MAX_ACK_ROWS = 200_000
"""Receipts, decisions or standards rows in one acknowledgement, each."""

MAX_ACK_COMMENTS = 20_000
"""The city's review comments in one acknowledgement (on single figures or records of the returns it
reports): a handful per return, so a few dozen a year; each is at most 2,000 characters
(:data:`db.exchange.comments.MAX_COMMENT_CHARS`), and the payload's own limit bounds their bytes."""

MAX_CERTIFICATE_BYTES = 64 * 1024
"""A certificate file carried by an acknowledgement (PEM, the certificate and the city's chain):
2–3 KB."""

# -- the street's forward to the city (street → city, db.exchange.street_forward) --------------------

MAX_FORWARD_BYTES = 192 * MB
"""The street's forward file (its decisions, comments and countersigned PDFs), by ``stat`` before it is
read. The export keeps the countersigned PDFs of one file within :data:`MAX_FORWARD_PDF_TOTAL_BYTES`
(the rest go in the next file), which sealed (base64 twice, compressed) makes at most about 115 MB."""

MAX_FORWARD_PAYLOAD_BYTES = 128 * MB
"""The forward decompressed: one JSON document, parsed whole. Its PDFs are base64 strings (4/3 of
:data:`MAX_FORWARD_PDF_TOTAL_BYTES`, 86 MB); the decisions and comments are a few hundred bytes each."""

MAX_FORWARD_PDF_BYTES = MAX_PDF_BYTES + 1 * MB
"""One countersigned PDF: the office's PDF (at most :data:`MAX_PDF_BYTES`) plus the street's
signature, an incremental update of about 11 KB (measured on the test office's return: the signature
container with the street's certificate and the city's root, and the new field)."""

MAX_FORWARD_PDF_TOTAL_BYTES = 64 * MB
"""All the countersigned PDFs of one forward file: the export stops adding 通过 decisions before it,
so fourteen of the scale-100 office's 4.4 MB returns, or hundreds of ordinary ones, fit in one file."""

MAX_FORWARD_ITEMS = 20_000
"""Decisions, comments or forwarded files listed in one forward file, each: a street of fifty offices
decides about a hundred returns a year."""


# -- refusals ---------------------------------------------------------------------------------------


def megabytes(size: int) -> str:
    """``size`` in MB as people read it: ``256``, ``0.4``."""
    value = size / MB
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


class OverBudget(BundleError):
    """A file from outside over one of the limits above: one line naming the limit, nothing imported."""

    def __init__(self, clause: Text) -> None:
        self.clause = clause
        super().__init__(
            tr(
                "{clause}，不是有效的报送数据，没有导入任何内容，数据库没有任何改动。请确认文件来源，或请发出方重新导出。",
                clause=clause,
            )
        )


def file_too_large(size: int, limit: int) -> OverBudget:
    return OverBudget(tr("文件有 {size} MB，超过上限 {limit} MB", size=megabytes(size), limit=megabytes(limit)))


def decompressed_too_large(limit: int) -> OverBudget:
    return OverBudget(tr("文件解压后超过上限 {limit} MB", limit=megabytes(limit)))


def line_too_large(limit: int) -> OverBudget:
    return OverBudget(tr("文件中有一段数据超过上限 {limit} MB", limit=megabytes(limit)))


def table_too_long(table: str, rows: int, limit: int) -> OverBudget:
    return OverBudget(tr("“{table}”表有 {rows:,} 行，超过每表上限 {limit:,} 行", table=table, rows=rows, limit=limit))


def too_many_rows(rows: int, limit: int) -> OverBudget:
    return OverBudget(tr("文件共有 {rows:,} 行数据，超过上限 {limit:,} 行", rows=rows, limit=limit))


def text_too_long(limit: int) -> OverBudget:
    return OverBudget(tr("文件中有一项文字超过上限 {limit:,} 个字符", limit=limit))


def pdf_too_large(limit: int) -> OverBudget:
    return OverBudget(tr("文件中有一份报表 PDF 超过上限 {limit} MB", limit=megabytes(limit)))


def pdfs_too_large(limit: int) -> OverBudget:
    return OverBudget(tr("文件中的报表 PDF 合计超过上限 {limit} MB", limit=megabytes(limit)))


def too_many_pdfs(count: int, limit: int) -> OverBudget:
    return OverBudget(tr("文件中有 {count:,} 份报表 PDF，超过上限 {limit:,} 份", count=count, limit=limit))


def too_deep(clause: Text) -> OverBudget:
    """JSON nested past :data:`db.jsonlimits.MAX_DEPTH` (``clause`` is :class:`~db.jsonlimits.TooDeep`'s)."""
    return OverBudget(clause)


def certificate_too_large(limit: int) -> OverBudget:
    return OverBudget(tr("回执中的证书超过上限 {limit} KB", limit=limit // 1024))
