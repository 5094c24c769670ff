import pytest

from claims.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. and Russia met. They agreed.", ["The U.S. and Russia met.", "They agreed."]),
        ("He met Mr. Smith on Jan. 22 in Geneva. Talks followed.", ["He met Mr. Smith on Jan. 22 in Geneva.", "Talks followed."]),
        ("It was set by the U.S. The talks failed.", ["It was set by the U.S.", "The talks failed."]),
        ('"We agree," he said. "Good."', ['"We agree," he said.', '"Good."']),
        ("Its avowed willingness\n\nto attend coincides with it.", ["Its avowed willingness\n\nto attend coincides with it."]),
        ("A headline\n\nThe body starts here.", ["A headline", "The body starts here."]),
        ("Prices rose 2.5 percent. Then fell.", ["Prices rose 2.5 percent.", "Then fell."]),
    ],
)
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_text_without_punctuation_is_cut_into_bounded_pieces():
    from claims.sentences import MAX_SENTENCE

    text = "\n".join(f"line {n} of a list with no full stops" for n in range(2000))
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
