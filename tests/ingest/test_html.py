"""HTML pages → main text and metadata; page chrome never reaches the text."""
from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.ingest import RawDocument, to_record
from claimline.ingest.html import extract_html, fragment_text

CHROME = ("Other news", "Share on", "Tweet", "cookies", "Cookie policy", "Football club",
          "Central bank", "Subscribe", "All rights reserved", "Home", "Print")


def page_record(html: str, **kw):
    return to_record(RawDocument(origin="page.html", data=html, media_type="text/html", **kw))


def test_page_main_text_and_metadata(article_html):
    doc = page_record(article_html).document
    assert doc.text.startswith("Artillery shells struck a residential quarter")
    assert "running short of blood for transfusions." in doc.text
    for chrome in CHROME:
        assert chrome not in doc.text, chrome
    assert doc.title == "Shelling kills four in northern town, monitor says"
    assert doc.outlet == "Frontline Monitor"
    assert doc.author == "Lina Haddad"
    assert doc.url == "https://news.example.org/2021/03/14/shelling-northern-town"
    assert doc.published.model_dump() == {"date": "2021-03-14", "source": "metadata"}


def test_user_published_wins_over_page_metadata(article_html):
    doc = page_record(article_html).document
    user = to_record(RawDocument(origin="page.html", data=article_html, media_type="text/html"),
                     published="2021-03-20").document
    assert user.published.model_dump() == {"date": "2021-03-20", "source": "user"}
    assert user.id == doc.id  # the id depends on the text only


def test_bytes_page_with_declared_cp1252_charset(article_html):
    html = article_html.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        '"We heard', "\u201cWe heard").replace('ambulances,"', "ambulances,\u201d")
    doc = page_record(html.encode("cp1252")).document
    assert "\u201cWe heard three explosions" in doc.text


@pytest.mark.parametrize("cut", [0.3, 0.55, 0.8])
def test_truncated_page_gives_text_or_coded_error(article_html, cut):
    html = article_html[: int(len(article_html) * cut)]
    try:
        doc = page_record(html).document
    except ClaimlineError as err:
        assert err.code in ("E003", "E030")
    else:
        assert "Artillery shells struck" in doc.text or doc.text


def test_malformed_markup_is_read():
    html = ("<html><body><div><p>Fighters attacked a checkpoint near the border crossing on "
            "Tuesday evening, a local official said, adding that three guards were wounded in "
            "the exchange of fire that lasted more than an hour.<p>The official said reinforcements"
            " had been sent to the area and that the crossing would stay closed until further "
            "notice.</div></span></td><b><i>unclosed")
    doc = page_record(html).document
    assert "Fighters attacked a checkpoint" in doc.text
    assert "reinforcements" in doc.text


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<html><body><nav>Home</nav>"
                                  "</body></html>", "<<<<>>>>", "<?xml version='1.0'?><x/>"])
def test_pages_without_text_give_a_coded_error(html):
    with pytest.raises(ClaimlineError) as info:
        page_record(html)
    assert info.value.code in ("E003", "E030")


def test_extract_html_with_xml_declaration_in_str():
    html = ("<?xml version='1.0' encoding='utf-8'?><html><body><article><p>"
            + "Aid convoys reached the besieged district on Friday for the first time in months. "
            * 5 + "</p></article></body></html>")
    text, _ = extract_html(html, "x.xhtml")
    assert "Aid convoys reached" in text


def test_fragment_text_keeps_paragraphs_and_drops_widgets():
    text = fragment_text("<p>First paragraph.</p><script>var x=1;</script><p>Second <b>bold</b>"
                         " paragraph.</p><button>Share</button>", "feed#1")
    assert "First paragraph." in text and "Second bold paragraph." in text
    assert "var x" not in text and "Share" not in text
    assert text.index("First") < text.index("Second")
