import datetime as dt

import pytest

from claims.documents import iter_input_files, load_document, parse_document
from claims.errors import InputError
from claims.models import Document, Skipped

ARTICLE = """

Talks Open in Vienna

By [Jane Doe](#)

March 04, 2015



The talks opened on Monday.

Original url:

<https://example.com/2015/03/04/talks>"""


def test_metadata_is_read_and_blanked():
    doc = parse_document("a.txt", ARTICLE)
    assert doc.title == "Talks Open in Vienna"
    assert doc.byline == "Jane Doe"
    assert doc.published == dt.date(2015, 3, 4)
    assert doc.url == "https://example.com/2015/03/04/talks"
    # offsets are kept, metadata lines are blank
    assert len(doc.text) == len(ARTICLE)
    assert "March 04, 2015" not in doc.text and "Talks Open" not in doc.text
    assert "The talks opened on Monday." in doc.text
    assert doc.line_of(doc.text.index("The talks")) == 11


@pytest.mark.parametrize(
    "line, expected",
    [
        ("February 04, 2014", dt.date(2014, 2, 4)),
        ("Feb. 4, 2014", dt.date(2014, 2, 4)),
        ("4 February 2014", dt.date(2014, 2, 4)),
        ("2014-02-04", dt.date(2014, 2, 4)),
        ("Tuesday, February 4, 2014 10:30 AM", dt.date(2014, 2, 4)),
        ("Published: March 1, 2020", dt.date(2020, 3, 1)),
    ],
)
def test_date_line_forms(line, expected):
    doc = parse_document("a.txt", f"Title\n\n{line}\n\nBody text here.")
    assert doc.published == expected


def test_malformed_date_line_is_a_warning_not_a_crash():
    doc = parse_document("a.txt", "Title\n\nFebruary 31, 2014\n\nBody.")
    assert doc.published is None
    assert any("not a valid date" in w for w in doc.warnings)


def test_front_matter():
    text = "---\ntitle: From Front Matter\ndate: 2016-05-01\nurl: https://example.com/x\n---\nBody on Friday.\n"
    doc = parse_document("a.md", text)
    assert (doc.title, doc.published, doc.url) == ("From Front Matter", dt.date(2016, 5, 1), "https://example.com/x")
    assert "title:" not in doc.text


def test_undated_article_is_still_a_document():
    doc = parse_document("a.txt", "A title\n\nSomething happened next week.")
    assert doc.published is None
    assert any("no publication date" in w for w in doc.warnings)


def test_related_link_lists_are_not_body_text():
    doc = parse_document("a.txt", "Title\n\nMay 1, 2015\n\nBody.\n\n- [Talks Set for Mid-June](#)\n")
    assert "Mid-June" not in doc.text


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
    ],
)
def test_unusable_files_are_skipped_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    result = load_document("a.txt", path)
    assert result == Skipped("a.txt", reason)


def test_non_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 Talks\n\nMarch 1, 2015\n\nThe caf\xe9 opened.".encode("latin-1"))
    doc = load_document("latin.txt", path)
    assert isinstance(doc, Document)
    assert "café opened" in doc.text
    assert any("not valid UTF-8" in w for w in doc.warnings)


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nMarch 1, 2015\r\n\r\nBody.\r\n".encode("utf-8"))
    doc = load_document("crlf.txt", path)
    assert doc.title == "Title" and doc.published == dt.date(2015, 3, 1)


def test_folders_are_walked_sorted_and_unknown_types_listed(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"x")
    found = [(p.rsplit("/", 1)[-1], reason) for p, _, reason in iter_input_files([str(tmp_path)])]
    assert found == [("a.md", None), ("b.txt", None), ("image.png", "unsupported file type '.png'"), ("c.txt", None)]


def test_missing_path_is_an_input_error():
    with pytest.raises(InputError, match="no-such-folder: no such file or folder"):
        list(iter_input_files(["no-such-folder"]))
