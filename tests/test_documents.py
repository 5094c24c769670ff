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
    assert load_document("a.txt", path) == [Skipped("a.txt", reason)]


def test_non_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 Talks\n\nMarch 1, 2015\n\nThe caf\xe9 opened.".encode("latin-1"))
    [doc] = load_document("latin.txt", path)
    assert isinstance(doc, Document)
    assert "café opened" in doc.text
    assert any("not valid UTF-8" in w for w in doc.warnings)


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nMarch 1, 2015\r\n\r\nBody.\r\n".encode("utf-8"))
    [doc] = load_document("crlf.txt", path)
    assert doc.title == "Title" and doc.published == dt.date(2015, 3, 1)


def test_folders_are_walked_sorted_and_unknown_types_listed(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"x")
    found = [(p.rsplit("/", 1)[-1], reason) for p, _, reason in iter_input_files([str(tmp_path)])]
    assert found == [("a.md", None), ("b.txt", None), ("image.png", "unsupported file type '.png'"), ("c.txt", None)]
    (tmp_path / "page.html").write_text("x")
    assert ("page.html", None) in [(p.rsplit("/", 1)[-1], r) for p, _, r in iter_input_files([str(tmp_path)])]


def test_missing_path_is_an_input_error():
    with pytest.raises(InputError, match="no-such-folder: no such file or folder"):
        list(iter_input_files(["no-such-folder"]))


HTML_PAGE = """<!doctype html><html><head><title>Site | Dam Opens</title>
<meta property="og:title" content="Dam Opens on the Nile">
{meta}
<script>var x = "12 people";</script></head>
<body><nav>Home | 3 sections</nav>
<article><h1>Dam Opens on the Nile</h1>{time}
<p>The dam cost $4.8 billion and was finished on Monday.</p>
<p>More than 2,000 workers built it.</p></article>
<footer>Copyright 2020</footer>{ld}</body></html>"""


@pytest.mark.parametrize(
    "meta, time, ld",
    [
        ('<meta property="article:published_time" content="2020-07-21T08:00:00Z">', "", ""),
        ("", '<time datetime="2020-07-21">July 21</time>', ""),
        ("", "", '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-07-21"}</script>'),
    ],
    ids=["meta", "time", "json-ld"],
)
def test_html_article_date_sources(tmp_path, meta, time, ld):
    path = tmp_path / "dam.html"
    path.write_text(HTML_PAGE.format(meta=meta, time=time, ld=ld))
    [doc] = load_document("dam.html", path)
    assert doc.published == dt.date(2020, 7, 21)
    assert doc.title == "Dam Opens on the Nile"
    assert "The dam cost $4.8 billion" in doc.text and "More than 2,000 workers" in doc.text
    assert "12 people" not in doc.text and "3 sections" not in doc.text and "Copyright" not in doc.text


def test_jsonl_feed_with_a_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "A", "text": "The vote is on Friday.", "published": "2019-05-01", "url": "https://e.com/a"}\n'
        '{"title": "broken", "text": \n'
        '\n'
        '{"title": "C", "body": "Talks end next week.", "date": "2019-05-02"}\n'
        '{"title": "D"}\n'
    )
    loaded = load_document("feed.jsonl", path)
    assert [type(x).__name__ for x in loaded] == ["Document", "Skipped", "Document", "Skipped"]
    first, bad, third, empty = loaded
    assert (first.path, first.title, first.published, first.url) == ("feed.jsonl#1", "A", dt.date(2019, 5, 1), "https://e.com/a")
    assert first.line_of(5) == 1 and third.line_of(3) == 4 and third.file == "feed.jsonl"
    assert bad.path == "feed.jsonl#2" and bad.reason.startswith("line 2: not valid JSON")
    assert empty.reason == "line 5: no 'text' or 'body'"


def test_an_article_without_headline_keeps_its_first_sentence():
    doc = parse_document("a.txt", "The vote on the dam will be held on June 3, officials in Cairo said.\n\nMore text.")
    assert "June 3" in doc.text
    assert doc.title.startswith("The vote on the dam will be held on June 3")
