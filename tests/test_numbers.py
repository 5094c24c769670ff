"""Number parsing: digits, number words, scales, fractions."""

import re

import pytest

from claims.extract.numbers import NUMBER_PATTERN, is_word_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("120,000", 120000),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1.2 million", 1.2e6),
        ("3 billion", 3e9),
        ("three", 3),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("one hundred", 100),
        ("one hundred and six", 106),
        ("two thousand three hundred", 2300),
        ("twenty-one trillion three hundred", 21000000000300),
        ("a million", 1e6),
        ("two-thirds", 2 / 3),
        ("a third", 1 / 3),
        ("three quarters", 0.75),
        ("1/2", 0.5),
        ("3 1/2", 3.5),
        ("½", 0.5),
        ("5 lakh", 5e5),
        ("1,25,000", 125000),  # Indian grouping
        ("1 414 021 100", 1414021100),
        ("40\u00a0000", 40000),
        ("2 × 10−9", 2e-9),
        ("4e14", 4e14),
        ("two and a half", 2.5),
        ("five and a half million", 5.5e6),
        ("half a million", 5e5),
        ("a quarter million", 2.5e5),
        ("three lakh crore", 3e12),
        ("10 crore", 1e8),
        # mixed numbers with any fraction word
        ("three and a fifth", 3.2),
        ("three and one fourth", 3.25),
        ("one hundred and three and two thirds", 103 + 2 / 3),
        ("two and fifty-four hundredths", 2.54),
        ("two hundred thirty two and a thirtieth", 232 + 1 / 30),
        # "N million and a fraction": the fraction is of the last scale
        ("two million and three fifths", 2.6e6),
        ("five billion and three quarters", 5.75e9),
        # digit groups after a larger scale word
        ("4 thousand 3 hundred", 4300),
        ("3 hundred and 21", 321),
        ("a quarter of a million", 2.5e5),
        ("three-quarters of a million", 7.5e5),
        ("a couple of hundred", 200),
        ("a couple hundred", 200),
        ("⅙", 1 / 6),
        # tokenised decimal point
        ("46 . 8 million", 46.8e6),
        # groups joined by "&" or set off by a comma before a count of hundreds
        ("three million, two hundred & forty", 3000240),
        ("one thousand, five hundred and six", 1506),
        ("two hundred & five", 205),
        # dozens
        ("half a dozen", 6),
        ("a dozen and a half", 18),
        ("two dozens", 24),
        ("three hundred and two dozens", 324),
        ("five dozen", 60),
        # numerator words over an ordinal, which may itself be compound
        ("three fifths", 0.6),
        ("twenty one hundredths", 0.21),
        ("one hundred thirty fifths", 100 / 35),
        ("one hundred thirty-fifths", 100 / 35),
        ("one one hundred fifth", 1 / 105),
        ("one one hundred and fifth", 1 / 105),
        ("one hundred one thousand fifths", 100 / 1005),
        ("two hundred fifths", 40),
        ("ninety-five hundred fifths", 1900),
        # space-set thousands and tokenised fractions
        ("40 000", 40000),
        ("1 / 4", 0.25),
        ("7 3 / 4", 7.75),
        # powers of ten, spoken decimals below one, decimal commas, a misspelling
        ("10^6", 1e6),
        ("10⁶", 1e6),
        ("10^-3", 1e-3),
        # a bare power of ten with a minus sign and one digit (issue #4)
        ("10−3", 1e-3),
        ("1.5 × 10−3", 1.5e-3),
        ("1.5e-3", 1.5e-3),
        ("nought point five", 0.5),
        ("1,5", 1.5),
        ("12,50", 12.5),
        ("fourty two", 42),
        # plural scale words after a number multiply; two two-digit groups are hundreds
        ("2 hundreds", 200),
        ("five hundreds", 500),
        ("nineteen ninety-nine", 1999),
        ("twenty twenty", 2020),
        ("twenty three hundred", 2300),
        ("3 quadrillion", 3e15),
        # digits over an ordinal, with or without its spoken ending
        ("3/4ths", 0.75),
        ("2/3rds", 2 / 3),
        ("3 thousandths", 0.003),
        # other powers written with a caret
        ("2^10", 1024),
        ("2.5^-1", 0.4),
        ("1.1^+23", 1.1 ** 23),
        # larger groups after a larger scale, in digits or in words
        ("1 million 200 thousand", 1.2e6),
        ("6 crore and two hundred", 60000200),
        ("2 million and fifty", 2000050),
        ("one point two million", 1.2e6),
        ("point two five", 0.25),
        # a numerator over a compound ordinal
        ("one twenty-fifth", 1 / 25),
        ("three twenty-firsts", 3 / 21),
        ("twenty one twenty-fifths", 21 / 25),
        ("one one hundred twenty fifth", 1 / 125),
        ("2 and 3/4", 2.75),
        ("1.000.000", 1e6),
        ("1.234.567,89", 1234567.89),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "hello", "and",
                                  # a singular ordinal after a number other than one is a rank
                                  "twenty third", "two hundred fifth", "one hundred and fifth"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("killed 120,000 people", "120,000"),
        ("about 1.2 million barrels", "1.2 million"),
        ("twenty-five years", "twenty-five"),
        ("one hundred and six days", "one hundred and six"),
        ("three and four", "three"),  # "and" joins only after a scale word
        ("a dozen eggs", "a dozen"),
        ("two million and three fifths of it", "two million and three fifths"),
        ("4 thousand 3 hundred and 0 are", "4 thousand 3 hundred"),
        ("3 hundred and 2 hundred are", "3 hundred"),
        ("$5 million 3 years ago", "5 million"),
        ("it rose 6 . 2 % to", "6 . 2"),
        ("It was 2005. 3 people died", "2005"),
        ("three million, two hundred & forty, you say", "three million, two hundred & forty"),
        ("a million, two of them", "a million"),  # a comma before a bare count is a list
        ("two hundred & forty", "two hundred & forty"),
        ("three and four", "three"),
        ("two dozens eggs", "two dozens"),
        ("one hundred thirty fifths", "one hundred thirty fifths"),
        ("the one hundred fifth anniversary", "one hundred"),  # a rank, not a fraction
        ("40 000 people", "40 000"),
        ("In 2012 300 people", "2012"),  # a year and a count, never 2,012,300
        ("5 lakh and three hundred boxes", "5 lakh and three hundred"),
        # only words join after "and": digits there begin a second number
        ("between 2 million and 500", "2 million"),
        ("between 2 million and five hundred thousand", "2 million"),
        ("2 thousands of them", "2 thousands"),
        ("ate 3/4ths of it", "3/4ths"),
        ("cost 1.500.000 euros", "1.500.000"),
        # a unit or teen word takes only a scale word after it: two numbers here
        ("two five-year terms", "two"),
        ("two-three times", "two"),
        ("four-thirty", "four"),
        ("twenty-five cats", "twenty-five"),
        ("nineteen eighty-four", "nineteen eighty-four"),
        ("one hundred two", "one hundred two"),
        ("2 thirds of the vote", "2 thirds"),
        ("2 third place", "2"),  # a rank noun follows
    ],
)
def test_number_pattern_extent(text, match):
    m = re.search(NUMBER_PATTERN, text, re.IGNORECASE)
    assert m is not None and m.group(0) == match


def test_is_word_number():
    assert is_word_number("three")
    assert not is_word_number("3 million")


@pytest.mark.parametrize(("text", "match"), [
    ("rose 3x.", "3x"),
    ("a 10× return", "10×"),
    ("the 777X jet", None),  # a capital X names a model
    ("profits rose threefold", "threefold"),
])
def test_fold_pattern(text, match):
    from claims.extract.numbers import FOLD_PATTERN

    found = re.search(rf"(?i:{FOLD_PATTERN})", text)
    assert (found.group(0) if found else None) == match


@pytest.mark.parametrize(("text", "match"), [
    ("lost half their value", "half"),
    ("half its members", "half"),
    ("half of the voters", "half"),
    ("in the second half", None),
])
def test_half_before_a_possessive(text, match):
    from claims.extract.numbers import FRACTION_PATTERN

    found = re.search(FRACTION_PATTERN, text)
    assert (found.group(0) if found else None) == match


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("a strain rate of 10−3 s−1", "10−3"),
        ("grains of 10−20 µm", "10"),  # "10−20" with two digits stays a range
        ("from 2010−2015", "2010"),
    ],
)
def test_scientific_power_of_ten_extent(text, match):
    from claims.extract.numbers import SCIENTIFIC_PATTERN

    found = re.search(rf"{SCIENTIFIC_PATTERN}|\d+", text)
    assert found is not None and found.group(0) == match
