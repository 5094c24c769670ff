"""Quantity extraction: table-driven examples of general news English."""

import math

import pytest

from claims.extract.quantities import extract_quantities
from claims.extract.units import UnitError, convert, lookup
from claims.models import Qualifier

E, A, GT, GE, LT, LE = (Qualifier.EXACT, Qualifier.APPROX, Qualifier.GT, Qualifier.GE,
                        Qualifier.LT, Qualifier.LE)


def find(text, span):
    """The one mention whose text is ``span``."""
    found = [q for q in extract_quantities(text) if q.text == span]
    assert found, f"{span!r} not in {[q.text for q in extract_quantities(text)]}"
    return found[0]


def expect(text, span, value, unit):
    """The mention ``span`` of ``text``: its value (a number, or (low, high) for a
    range) and unit must be as given. Returns the mention for further checks."""
    q = find(text, span)
    assert text[q.start:q.end] == q.text
    if isinstance(value, tuple):
        assert q.is_range
        assert (q.interval.low, q.interval.high) == pytest.approx(value)
    else:
        assert not q.is_range
        assert q.magnitude == pytest.approx(value)
    assert q.unit == unit
    return q


# (sentence, span text, magnitude, (low, high) with None for unbounded, qualifier, unit, noun)
CASES = [
    ("the three-year-old conflict that has killed more than 100,000 people",
     "more than 100,000 people", 100000, (100000, None), GT, "people", "people"),
    ("had given up less than 5 percent of its chemical stockpile",
     "less than 5 percent", 5, (None, 5), LT, "percent", None),
    ("Activists say an attack on Sunday killed 36 people.",
     "36 people", 36, (36, 36), E, "people", "people"),
    ("as well as delegations from some 30 states, the UN",
     "some 30 states", 30, (27, 33), A, "states", "states"),
    ("In a statement released Sunday, 11 Western states calling themselves",
     "11 Western states", 11, (11, 11), E, "states", "states"),
    ("Russia and China have vetoed three Western-backed Security Council resolutions condemning",
     "three Western-backed Security Council resolutions", 3, (3, 3), E, "resolutions",
     "resolutions"),
    ("destroying its estimated 1,000-ton chemical weapons stockpile",
     "estimated 1,000-ton", 1000, (900, 1100), A, "metric_ton", None),
    ("invited more than 30 countries to the talks",
     "more than 30 countries", 30, (30, None), GT, "countries", "countries"),
    ("mortar rounds and bombs killed three people and wounded 22 in central Damascus",
     "three people", 3, (3, 3), E, "people", "people"),
    ("mortar rounds and bombs killed three people and wounded 22 in central Damascus",
     "22", 22, (22, 22), E, None, None),
    ("killing at least one person and wounding seven",
     "at least one person", 1, (1, None), GE, "person", "person"),
    ("killing at least one person and wounding seven",
     "seven", 7, (7, 7), E, None, None),
    ("Hundreds of people were killed.",
     "Hundreds of people", 100, (100, 1000), E, "people", "people"),
    ("The U.N. said in July that 100,000 Syrians have been killed",
     "100,000 Syrians", 100000, (100000, 100000), E, "syrians", "syrians"),
    ("handing Lavrov a gift of two Idaho potatoes",
     "two Idaho potatoes", 2, (2, 2), E, "potatoes", "potatoes"),
    # money
    ("The deal is worth $1.2 billion.", "$1.2 billion", 1.2e9, (1.2e9, 1.2e9), E, "USD", None),
    ("a fine of EUR 5 million was imposed", "EUR 5 million", 5e6, (5e6, 5e6), E, "EUR", None),
    ("the club paid 5m euros for him", "5m euros", 5e6, (5e6, 5e6), E, "EUR", None),
    ("the club paid £30m for him", "£30m", 3e7, (3e7, 3e7), E, "GBP", None),
    ("a stimulus of 1.5 trillion yen", "1.5 trillion yen", 1.5e12, (1.5e12, 1.5e12), E, "JPY",
     None),
    ("sales of $5bn last year", "$5bn", 5e9, (5e9, 5e9), E, "USD", None),
    ("it will cost $3 billion to $5 billion", "$3 billion to $5 billion", 3e9, (3e9, 5e9), E,
     "USD", None),
    ("it will cost 3 to 5 million dollars", "3 to 5 million dollars", 3e6, (3e6, 5e6), E,
     "USD", None),
    # ranges and percentages
    ("between 10 and 15 percent of voters", "between 10 and 15 percent", 10, (10, 15), E,
     "percent", None),
    ("10-15 percent of voters", "10-15 percent", 10, (10, 15), E, "percent", None),
    ("from 10 to 15 people", "from 10 to 15 people", 10, (10, 15), E, "people", "people"),
    # "hundred" after the second end applies to both, as scale words do
    ("Two to three hundred people came.", "Two to three hundred people", 200, (200, 300), E, "people",
     "people"),
    ("between two and three hundred thousand", "between two and three hundred thousand", 2e5, (2e5, 3e5), E,
     None, None),
    # headlines capitalise scale words
    ("Apple Reports Revenue Of $90 Billion", "$90 Billion", 9e10, (9e10, 9e10), E, "USD", None),
    ("BIDEN SIGNS $1.2 TRILLION BILL", "$1.2 TRILLION", 1.2e12, (1.2e12, 1.2e12), E, "USD", None),
    # quarters set apart are periods counted, not shares
    ("Revenue has declined for three consecutive quarters.", "three consecutive quarters", 3, (3, 3), E,
     "quarters", "quarters"),
    ("The economy contracted for two quarters in a row.", "two quarters", 2, (2, 2), E, "quarters", "quarters"),
    ("The economy grew for 12 quarters.", "12 quarters", 12, (12, 12), E, "quarters", "quarters"),
    ("Three quarters of voters agreed.", "Three quarters", 0.75, (0.75, 0.75), E, None, None),
    # headlines: a bare figure before a capitalised word when no model has one like it
    ("Wildfire Forces 30,000 To Evacuate", "30,000", 3e4, (3e4, 3e4), E, None, None),
    ("Police Arrest 12 After Protest Turns Violent", "12", 12, (12, 12), E, None, None),
    ("They paid Microsoft 5 million dollars.", "5 million dollars", 5e6, (5e6, 5e6), E, "USD", None),
    ("The twin blasts killed a couple of dozen people.", "a couple of dozen people", 24, (24, 24), E,
     "people", "people"),
    ("The app has 50m+ downloads.", "50m+ downloads", 5e7, (5e7, None), GE, "downloads", "downloads"),
    ("It cost 1 1/2 million dollars.", "1 1/2 million dollars", 1.5e6, (1.5e6, 1.5e6), E, "USD", None),
    ("It cost $2½ million.", "$2½ million", 2.5e6, (2.5e6, 2.5e6), E, "USD", None),
    ("It fell 1/2 Million.", "1/2 Million", 5e5, (5e5, 5e5), E, None, None),
    ("Shares rose +12%.", "+12%", 12, (12, 12), E, "percent", None),
    ("from -5 to +5 °C", "from -5 to +5 °C", -5, (-5, 5), E, "degree_Celsius", None),
    # a bound put on a range keeps the range
    ("Up to 20-30 people came.", "Up to 20-30 people", 20, (20, 30), LE, "people", "people"),
    ("The length is 5 plus or minus 0.2 mm.", "5 plus or minus 0.2 mm", 4.8, (4.8, 5.2), E, "millimeter", None),
    ("The man, aged about 40, fled.", "about 40", 40, (36, 44), A, "year", None),
    ("The victims were aged between 20 and 30.", "between 20 and 30", 20, (20, 30), E, "year", None),
    ("He waited a couple of hours.", "a couple of hours", 2, (2, 2), E, "hour", None),
    ("It rained for a day or two.", "a day or two", 1, (1, 2), E, "day", None),
    ("There were forty twenty-foot containers.", "twenty-foot", 20, (20, 20), E, "foot", None),
    ("It was a 10-to-15-minute walk.", "10-to-15-minute", 10, (10, 15), E, "minute", None),
    ("He got a five-to-ten-year sentence.", "five-to-ten-year", 5, (5, 10), E, "year", None),
    ("A pint costs 3 pounds 50 in London.", "3 pounds 50", 3.5, (3.5, 3.5), E, "GBP", None),
    ("Adults 18 and older can vote.", "18 and older", 18, (18, None), GE, None, None),
    ("It can do 1.1 quintillion sums a second.", "1.1 quintillion sums", 1.1e18, (1.1e18, 1.1e18), E, "sums",
     "sums"),
    ("Sales fell by half in the first quarter.", "half", 0.5, (0.5, 0.5), E, None, None),
    ("Shares have fallen by more than half since January.", "more than half", 0.5, (0.5, None), GT, None, None),
    ("It raised $150MM in the round.", "$150MM", 1.5e8, (1.5e8, 1.5e8), E, "USD", None),
    ("He is older than 65.", "older than 65", 65, (65, None), GT, None, None),
    ("Brent traded near $60 a barrel.", "near $60 a barrel", 60, (54, 66), A, "USD / barrel", None),
    ("Workers want a $15 minimum wage.", "$15", 15, (15, 15), E, "USD", None),  # a modifier, no bound
    ("It costs $19.99 plus tax.", "$19.99", 19.99, (19.99, 19.99), E, "USD", None),
    ("1 in every 300 people", "1 in every 300 people", 1 / 300, (1 / 300, 1 / 300), E, None, None),
    ("He walked 3/4 of a mile.", "3/4 of a mile", 0.75, (0.75, 0.75), E, "mile", None),
    ("It cost 3 euros and 20 cents.", "3 euros and 20 cents", 3.2, (3.2, 3.2), E, "EUR", None),
    ("Homes sell for $150-200,000 here.", "$150-200,000", 150000, (150000, 200000), E, "USD", None),
    ("Patients over 65 years old were excluded.", "over 65 years old", 65, (65, None), GT, "year", None),
    ("Add 2 or 3 eggs to the mix.", "2 or 3 eggs", 2, (2, 3), E, "eggs", "eggs"),
    ("It is one billionth of a second.", "one billionth of a second", 1e-9, (1e-9, 1e-9), E, "second", None),
    ("He swam 2 100-metre races.", "100-metre", 100, (100, 100), E, "meter", None),
    ("Write 300-500 words on the topic.", "300-500 words", 300, (300, 500), E, "words", "words"),
    ("Maximum 4 people in the lift.", "Maximum 4 people", 4, (None, 4), LE, "people", "people"),
    ("There were 40-some people there.", "40-some people", 40, (36, 44), A, "people", "people"),
    ("Burglaries rose by a third last year.", "a third", 1 / 3, (1 / 3, 1 / 3), E, None, None),
    ("The toll could top 100.", "top 100", 100, (100, None), GT, None, None),
    ("Oil is expected to top $100 a barrel.", "top $100 a barrel", 100, (100, None), GT, "USD / barrel", None),
    ("Bus fares went up to $3 on Monday.", "$3", 3, (3, 3), E, "USD", None),  # a move, no bound
    ("Rents rose by up to 10%.", "up to 10%", 10, (None, 10), LE, "percent", None),
    ("The government will spend R1.5 trillion on roads.", "R1.5 trillion", 1.5e12, (1.5e12, 1.5e12), E,
     "ZAR", None),
    ("The Philippines allocated P5.2 trillion.", "P5.2 trillion", 5.2e12, (5.2e12, 5.2e12), E, "PHP", None),
    ("She broke the record in the 400m hurdles.", "400m", 400, (400, 400), E, "meter", None),
    ("Noah Lyles won the 100m in 9.79 seconds.", "100m", 100, (100, 100), E, "meter", None),
    ("The Fed signalled three quarter-point rate cuts.", "three quarter-point rate cuts", 3, (3, 3), E,
     "cuts", "cuts"),
    ("She earns 30,000 pounds a year.", "30,000 pounds a year", 30000, (30000, 30000), E, "GBP / year", None),
    ("The 10 lb turkey cost $30.", "10 lb", 10, (10, 10), E, "pound", None),
    ("The house is 3500 sqft.", "3500 sqft", 3500, (3500, 3500), E, "square_foot", None),
    ("He paid 20 soles for the tour.", "20 soles", 20, (20, 20), E, "PEN", None),
    ("The poles are three and five metres long.", "three", 3, (3, 3), E, "meter", None),
    ("It took one and half years.", "one and half years", 1.5, (1.5, 1.5), E, "year", None),
    ("He earned four and half million dollars.", "four and half million dollars", 4.5e6, (4.5e6, 4.5e6), E,
     "USD", None),
    # "N in M minutes": two figures, no share
    ("Haaland scored 3 in 20 minutes.", "20 minutes", 20, (20, 20), E, "minute", None),
    ("One in five adults smoke.", "One in five adults", 0.2, (0.2, 0.2), E, None, None),
    ("Only 1 in 2000 people carry the gene.", "1 in 2000 people", 0.0005, (0.0005, 0.0005), E, None, None),
    # a year-like end of a range whose other end is no year, or after a verb of spread
    ("Prices rose from 900 to 1200.", "from 900 to 1200", 900, (900, 1200), E, None, None),
    ("It ranges from 1500 to 3000.", "from 1500 to 3000", 1500, (1500, 3000), E, None, None),
    ("Scores range from 1200 to 1600 on the SAT.", "from 1200 to 1600", 1200, (1200, 1600), E,
     None, None),
    ("support rose 5 per cent", "5 per cent", 5, (5, 5), E, "percent", None),
    ("a rise of 2.5%", "2.5%", 2.5, (2.5, 2.5), E, "percent", None),
    ("a gain of 3 percentage points", "3 percentage points", 3, (3, 3), E,
     "percentage_point", None),
    # qualifiers
    ("nearly 3,000 civilians died", "nearly 3,000 civilians", 3000, (2700, 3000), A,
     "civilians", "civilians"),
    ("almost 40 percent of homes", "almost 40 percent", 40, (36, 40), A, "percent", None),
    ("a range of up to 50 km", "up to 50 km", 50, (None, 50), LE, "kilometer", None),
    ("at most 12 countries signed", "at most 12 countries", 12, (None, 12), LE, "countries",
     "countries"),
    ("about 200 km away", "about 200 km", 200, (180, 220), A, "kilometer", None),
    ("no fewer than 40 tanks", "no fewer than 40 tanks", 40, (40, None), GE, "tanks", "tanks"),
    ("fewer than 20 ships", "fewer than 20 ships", 20, (None, 20), LT, "ships", "ships"),
    ("30 or more people", "30 or more people", 30, (30, None), GE, "people", "people"),
    # number forms and units
    ("a dozen people were hurt", "a dozen people", 12, (12, 12), E, "people", "people"),
    ("twenty-five soldiers", "twenty-five soldiers", 25, (25, 25), E, "soldiers", "soldiers"),
    ("one hundred and six days", "one hundred and six days", 106, (106, 106), E, "day", None),
    ("it weighs 200 tonnes", "200 tonnes", 200, (200, 200), E, "metric_ton", None),
    ("it weighs 200 short tons", "200 short tons", 200, (200, 200), E, "ton", None),
    ("a 10-year plan", "10-year", 10, (10, 10), E, "year", None),
    ("driving at 120 km/h", "120 km/h", 120, (120, 120), E, "kilometer / hour", None),
    ("driving at 70 mph", "70 mph", 70, (70, 70), E, "mile_per_hour", None),
    ("a 5km race", "5km", 5, (5, 5), E, "kilometer", None),
    ("oil at $100 a barrel", "$100 a barrel", 100, (100, 100), E, "USD / barrel", None),
    ("tens of thousands of protesters", "tens of thousands of protesters", 1e4, (1e4, 1e5), E,
     "protesters", "protesters"),
    ("dozens of people", "dozens of people", 12, (12, 120), E, "people", "people"),
]


@pytest.mark.parametrize(("text", "span", "magnitude", "bounds", "qualifier", "unit", "noun"),
                         CASES, ids=[c[1] for c in CASES])
def test_quantity(text, span, magnitude, bounds, qualifier, unit, noun):
    q = find(text, span)
    assert text[q.start:q.end] == q.text
    assert q.magnitude == pytest.approx(magnitude)
    low, high = bounds
    assert (q.interval.low is None) == (low is None)
    assert (q.interval.high is None) == (high is None)
    if low is not None:
        assert q.interval.low == pytest.approx(low)
    if high is not None:
        assert q.interval.high == pytest.approx(high)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.noun == noun


def test_open_ends():
    gt = find("killed more than 100,000 people", "more than 100,000 people").interval
    assert gt.low_open and not gt.high_open
    lt = find("less than 5 percent", "less than 5 percent").interval
    assert lt.high_open and lt.low is None


def test_ranges_are_marked():
    assert find("10-15 percent of voters", "10-15 percent").is_range
    assert not find("Activists say 36 people died", "36 people").is_range


def test_dimensions():
    assert find("It cost $5 million.", "$5 million").dimension == "currency:USD"
    assert find("1,000-ton stockpile", "1,000-ton").dimension == "[mass]"
    assert find("36 people died", "36 people").dimension == "count"
    assert find("5 percent of them", "5 percent").dimension == "percent"
    assert find("up 3 percentage points", "3 percentage points").dimension == "percentage_point"


@pytest.mark.parametrize(("text", "change"), [
    ("prices rose 19 cents", "up"), ("shares fell 2.5%", "down"),
    ("it had given up 5 percent", None), ("the index was up 3%", "up"),
])
def test_changes(text, change):
    (q,) = extract_quantities(text)
    assert q.change == change


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), [
    # a range after a change verb, one unit for both ends
    ("Prices rose 5 to 10 percent.", "5 to 10 percent", (5, 10), "percent", E),
    ("The population rose 5 to 10 million.", "5 to 10 million", (5e6, 1e7), None, E),
    ("The firm cut 100 to 200 jobs.", "100 to 200 jobs", (100, 200), "jobs", E),
    # negated comparatives and bounds written after the figure or in a verb
    ("Loans must be no greater than $5,000.", "no greater than $5,000", 5000, "USD", LE),
    ("Not over 20 people came.", "Not over 20 people", 20, "people", LE),
    ("The value is 50 at most.", "50 at most", 50, None, LE),
    ("It takes 10 minutes at least.", "10 minutes at least", 10, "minute", GE),
    ("The crowd exceeds 10,000.", "exceeds 10,000", 10000, None, GT),
    ("The total does not exceed 100.", "does not exceed 100", 100, None, LE),
    ("He has 20-plus years of experience.", "20-plus years", 20, "year", GE),
    # ISO codes of any currency of the units file, before or after the figure
    ("The deal is worth SGD 5 million.", "SGD 5 million", 5e6, "SGD", E),
    ("It cost 500 SEK.", "500 SEK", 500, "SEK", E),
    ("The company lost $US5 million.", "$US5 million", 5e6, "USD", E),
    ("The firm earned RM2.5bil last year.", "RM2.5bil", 2.5e9, "MYR", E),
    # a sign before a currency sign
    ("Losses hit -$5 million.", "-$5 million", -5e6, "USD", E),
    ("The balance was minus $200.", "minus $200", -200, "USD", E),
    # "won" the verb; pounds by their context
    ("It cost 5,000 won.", "5,000 won", 5000, "KRW", E),
    ("The cargo weighed 5 million pounds.", "5 million pounds", 5e6, "pound", E),
    ("Thousands of pounds were stolen from the till.", "Thousands of pounds", (1e3, 1e4), "GBP", E),
    ("Thousands of pounds of cocaine were seized.", "Thousands of pounds", (1e3, 1e4), "pound", E),
    # mixed numbers with hyphens, "between one and"
    ("The board is 2-1/2 feet long.", "2-1/2 feet", 2.5, "foot", E),
    ("The firm employs two-and-a-half thousand people.", "two-and-a-half thousand people", 2500,
     "people", E),
    ("Between one and three people came.", "Between one and three people", (1, 3), "people", E),
    # units
    ("The signal took 20 milliseconds.", "20 milliseconds", 20, "millisecond", E),
    ("The flat is 70 sq metres.", "70 sq metres", 70, "meter ** 2", E),
    ("Rates rose 75bp.", "75bp", 75, "basis_point", E),
    ("Profit rose 5 ppts.", "5 ppts", 5, "percentage_point", E),
    # a four-digit figure after a price or level verb is no year
    ("Tickets cost 1500 each.", "1500", 1500, None, E),
    ("The index closed at 2050 .", "2050", 2050, None, E),
    # tokenised decimals before a currency; ranges with the unit written twice
    ("it traded at 141 . 5 yen .", "141 . 5 yen", 141.5, "JPY", E),
    ("Inflation was 2%-3% last year.", "2%-3%", (2, 3), "percent", E),
    ("It weighs 5kg-6kg.", "5kg-6kg", (5, 6), "kilogram", E),
    ("It costs 5€-6€.", "5€-6€", (5, 6), "EUR", E),
    ("It was 30℃ today.", "30℃", 30, "degree_Celsius", E),
    ("He ate 1/3rd of it.", "1/3rd", 1 / 3, None, E),
    ("100s of people came.", "100s of people", (100, 1000), "people", E),
    ("The value is one over twenty-five today.", "one over twenty-five", 0.04, None, E),
    ("He ran a thirty-second ad.", "thirty-second", 30, "second", E),
    ("It is equal to or higher than 50.", "equal to or higher than 50", 50, None, GE),
    ("It fell point two five percent.", "point two five percent", 0.25, "percent", E),
    # "m" is million where money, people or goods are spoken of, else metres
    ("Iraq pumped 4.5m barrels a day in March.", "4.5m barrels a day", 4.5e6, "barrel_per_day", E),
    ("The UK has 1.5m unemployed.", "1.5m", 1.5e6, None, E),
    ("The club wants £40-50m for the striker.", "£40-50m", (4e7, 5e7), "GBP", E),
    ("A 1.5m wall was built.", "1.5m", 1.5, "meter", E),
    ("The fund manages $6.3 trln in assets.", "$6.3 trln", 6.3e12, "USD", E),
    ("At this point five people died.", "five people", 5, "people", E),
])
def test_news_forms_of_the_probe_round(text, span, value, unit, qualifier):
    q = expect(text, span, value, unit)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "spans"), [
    ("The team of 11 won the cup.", ["11"]),
    ("The company filed its Form 10-K.", []),
    ("The policy took effect on 3/15/2021.", []),
    ("Call +44 20 7946 0958 for help.", []),
    ("Call 0800 123 456 for help.", []),
    # names with numbers; a date written with a slash
    ("The Apollo 11 astronauts landed on the moon.", []),
    ("Samsung recalled 2.5 million Galaxy Note 7 phones.", ["2.5 million"]),
    ("The Airbus A330-200 seats 246 passengers.", ["246 passengers"]),
    ("The ceasefire took effect at midnight on 12/6.", []),
    # tallies are two figures
    ("The House passed the bill 217 to 213.", ["217", "213"]),
    ("The amendment was rejected 45 to 55.", ["45", "55"]),
    ("In Syria 36 people died.", ["36 people"]),
    # "over" spanning periods of play after another figure is no bound
    ("He scored 30 goals over two seasons.", ["30 goals", "two seasons"]),
    ("The coalition holds a one-seat majority.", ["one-seat"]),
    ("It was a one-off payment.", []),
    # ranks written in words
    ("He lived in the twenty-first century.", []),
    ("It was the three hundred and fiftieth anniversary.", []),
    ("He was born in 2000.", []),
])
def test_non_forms_of_the_probe_round(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


@pytest.mark.parametrize(("text", "span", "value", "qualifier", "change"), [
    # a multiplier said in a word: a "fold" with the direction the verb states
    ("The population doubled in a decade.", "doubled", 2, E, "up"),
    ("Prices have more than tripled since 2000.", "more than tripled", 3, GT, "up"),
    ("The budget was halved last year.", "halved", 0.5, E, "down"),
    ("It is twice the size of Texas.", "twice", 2, E, None),
    ("Sales rose threefold.", "threefold", 3, E, "up"),
])
def test_multiplicatives_are_folds(text, span, value, qualifier, change):
    q = find(text, span)
    assert (q.magnitude, q.unit, q.qualifier, q.change) == (value, "fold", qualifier, change)


@pytest.mark.parametrize("text", [
    "He visits twice a week.",  # a frequency
    "The doubles final was played.",  # nouns
    "Both halves were close.",
    "The company plans to double its workforce.",  # a plan, no figure
])
def test_not_multiplicatives(text):
    assert [q for q in extract_quantities(text) if q.unit == "fold"] == []


@pytest.mark.parametrize("text", [
    "in June 2012 in Geneva",
    "after a deadly Aug. 21 poison gas attack",
    "Since the civil war began in Syria in 2011",
    "now in its third year",
    "the second round of talks",
    "the Geneva II conference",
    "for the first time",
    "one of the best",
    "Contact the author at e.kravtsova@imedia.ru",
    "Section 427 Row 21",
    "The meeting starts at 5 p.m. on Friday",
    "the 21st century",
    "on the 3rd floor",
    "a Boeing 737 landed",
    "He was ranked No. 1 in the world",
    "Call 555-123-4567 for details",
    "in the 1990s",
    "the 2011-12 season",
    "the attacks of 9/11",
    "on 21 August the council met",
    "no one was hurt",
    "Article 5 of the treaty",
    "the G20 summit and the F-16 jets",
    # slashed and dotted dates and versions
    "The policy took effect on 3/15/2021.",
    "The trial starts 11.04.2024.",
    "Version 1.2.3 is out.",
])
def test_not_quantities(text):
    assert extract_quantities(text) == []


def test_offsets_sorted_non_overlapping_and_exact():
    text = ("Syrian rebels said 36 people died. The three-year-old conflict has killed more than "
            "100,000 people; about 2.5 million refugees fled, and $1.2 billion in aid was pledged "
            "by some 30 states between 2012 and 2013.")
    qs = extract_quantities(text)
    assert len(qs) >= 5
    for a, b in zip(qs, qs[1:]):
        assert a.end <= b.start
    for q in qs:
        assert text[q.start:q.end] == q.text


def test_three_year_old_is_an_age_in_years():
    q = find("the three-year-old conflict", "three-year-old")
    assert (q.magnitude, q.unit) == (3, "year")


def test_units_module():
    assert lookup("tonne").name == "metric_ton"
    assert lookup("USD").dimension == "currency:USD"
    assert lookup("EUR").dimension != lookup("USD").dimension
    assert convert(5, "kilometer", "meter") == pytest.approx(5000)
    with pytest.raises(UnitError):
        convert(5, "USD", "EUR")
    with pytest.raises(UnitError):
        lookup("no_such_unit_xyz")


def test_every_unit_in_the_vocabulary_is_known_to_pint():
    from claims.extract import quantities

    for table in (quantities._UNIT_NAMES, quantities._UNIT_SYMBOLS,
                  quantities._CURRENCY_PREFIXES):
        for unit in table.values():
            lookup(unit)  # raises UnitError for a typo in the data file
    for unit in quantities._PER_UNITS.values():
        if unit is not None:
            lookup(unit)


# Phase 2 forms: (sentence, span, value or (low, high) for a range, unit)
MORE_FORMS = [
    ("Revenue rose to $1.2bn last year", "$1.2bn", 1.2e9, "USD"),
    ("the unit paid US$300m for it", "US$300m", 3e8, "USD"),
    ("a A$45 million grant", "A$45 million", 4.5e7, "AUD"),
    ("The plan costs €40 billion.", "€40 billion", 4e10, "EUR"),
    ("Toyota earned ¥2.3 trillion.", "¥2.3 trillion", 2.3e12, "JPY"),
    ("The state will spend Rs 5 lakh crore.", "Rs 5 lakh crore", 5e12, "rupee"),  # "Rs" is written in Pakistan and Sri Lanka too
    ("10 lakh people applied", "10 lakh people", 1e6, "people"),
    ("it cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents",
     13.45, "USD"),
    ("About a third of voters", "About a third", 1 / 3, None),
    ("two-thirds of members backed it", "two-thirds", 2 / 3, None),
    ("half of the budget", "half", 0.5, None),
    ("half a million people", "half a million people", 5e5, "people"),
    ("five and a half million fish", "five and a half million fish", 5.5e6, "fish"),
    ("one in five adults", "one in five adults", 0.2, None),
    ("profits rose threefold", "threefold", 3, "fold"),
    ("a 10-fold increase", "10-fold", 10, "fold"),
    ("oil at $80 per barrel", "$80 per barrel", 80, "USD / barrel"),
    ("it does 40 miles per gallon", "40 miles per gallon", 40, "mile_per_gallon"),
    ("between 14 and 18 mpg", "between 14 and 18 mpg", (14, 18), "mile_per_gallon"),
    ("from $3 billion to $5 billion", "from $3 billion to $5 billion", (3e9, 5e9), "USD"),
    ("Temperatures of -5 degrees Celsius", "-5 degrees Celsius", -5, "degree_Celsius"),
    ("a rate of 2 × 10−9 cm", "2 × 10−9 cm", 2e-9, "centimeter"),
    ("more than 10 and less than 40 people", "more than 10 and less than 40 people", (10, 40),
     "people"),
    ("The 6 feet 2 inches tall forward", "6 feet 2 inches", 6 + 2 / 12, "foot"),
    ("the company sold 2.5m units", "2.5m units", 2.5e6, "units"),
    ("growth of two point five percent", "two point five percent", 2.5, "percent"),
    ("one hundred thirty-two fifths", "one hundred thirty-two fifths", 26.4, None),
    ("the grid is 1,25,000 acres", "1,25,000 acres", 125000, "acre"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), MORE_FORMS,
                         ids=[c[1] for c in MORE_FORMS])
def test_more_forms(text, span, value, unit):
    q = expect(text, span, value, unit)


@pytest.mark.parametrize(("text", "spans"), [
    ("In 2013, 36 were killed.", ["36"]),
    ("On Aug. 21, 36 died and Figs. 5 and 6 show it.", ["36"]),
    ("Apple slipped $2.13 to $145.20.", ["$2.13", "$145.20"]),  # a change, then the level
    ("The measure passed by a vote of 218 to 210.", ["218", "210"]),  # a tally
    ("The bill passed 52-48 in the Senate.", ["52", "48"]),  # a vote, not a range
])
def test_not_ranges(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


@pytest.mark.parametrize("text", [
    "", "$", "1/0", "0/0 people", "1e999", "½½", "tens of", "zero out of zero", "9" * 400,
    "1,000,000,000,000,000,000,000 dollars", "hundreds of thousands of millions of",
])
def test_odd_inputs_do_not_crash(text):
    for q in extract_quantities(text):
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.magnitude)


def test_invariants_on_random_news_like_text():
    import random

    words = ("one two three hundred thousand million of and to between more than about percent "
             "km $ people Aug. 2011 - , . / half a third tens dozens in out 0 zero 5% $3bn").split()
    rng = random.Random(7)
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 15)))
        previous_end = 0
        for q in extract_quantities(text):
            assert text[q.start:q.end] == q.text
            assert q.start >= previous_end
            previous_end = q.end


@pytest.mark.parametrize(("text", "span", "bounds", "unit"), [
    ("a man aged 25 was arrested", "aged 25", (25, 25), "year"),
    ("people ages 18 to 24", "ages 18 to 24", (18, 24), "year"),
    ("three-quarters of a percentage point", "three-quarters of a percentage point",
     (0.75, 0.75), "percentage_point"),
    ("half a mile away", "half a mile", (0.5, 0.5), "mile"),
    ("lose 1.6 ± 0.2% a year", "1.6 ± 0.2%", (1.4, 1.8), "percent"),
    ("given 45 and 50 mg doses", "45", (45, 45), "milligram"),
    ("nine crew members", "nine crew members", (9, 9), "members"),
    ("a four-cylinder engine", "four-cylinder", (4, 4), "cylinder"),
    ("inflation of 5pc", "5pc", (5, 5), "percent"),
    ("a fine of 5 bn euros", "5 bn euros", (5e9, 5e9), "EUR"),
])
def test_units_from_context(text, span, bounds, unit):
    q = find(text, span)
    assert (q.interval.low, q.interval.high) == pytest.approx(bounds)
    assert q.unit == unit


@pytest.mark.parametrize("text", [
    "the 2020 Olympics", "In 2016 elections were held", "the Windows 10 update",
    "an iPhone 14 and a Galaxy S23", "the COVID-19 pandemic", "the 9/11 attacks",
    "the 76ers beat the 49ers", "citing earlier work [12]", "on oct. 13 the market fell",
    "the first half of the year", "half a chance", "the S&P 500 index",
    "see https://www.example.com/search?q=30%25%2020%",
])
def test_more_non_quantities(text):
    assert extract_quantities(text) == []


# Forms added for the quantity benchmarks (general news English):
# (sentence, span, value or (low, high), unit, noun)
ADDED_FORMS = [
    # ranges of scaled or four-digit numbers
    ("The number range is 1000-5000", "1000-5000", (1000, 5000), None, None),
    ("a budget of 5k-20k", "5k-20k", (5000, 20000), None, None),
    # feet and inches, "in" as the inch symbol
    ("he is 5 ft 2 in", "5 ft 2 in", 5 + 2 / 12, "foot", None),
    ("The 6ft 4in striker", "6ft 4in", 6 + 4 / 12, "foot", None),
    ("a 12in pizza", "12in", 12, "inch", None),
    # mixed numbers and fractions of a scale
    ("the result is three and one fourth", "three and one fourth", 3.25, None, None),
    ("They have two million and three fifths", "two million and three fifths", 2.6e6, None,
     None),
    # bounds written upper first
    ("There're at most 100 and at least 20 apples.", "at most 100 and at least 20 apples",
     (20, 100), "apples", "apples"),
    # counted nouns: modifiers, adverbs, irregular compounds, hyphenated words
    ("Police said 20 more people were arrested", "20 more people", 20, "people", "people"),
    ("three other men were hurt", "three other men", 3, "men", "men"),
    ("He built five newly renovated homes", "five newly renovated homes", 5, "homes", "homes"),
    ("He has two grandchildren", "two grandchildren", 2, "grandchildren", "grandchildren"),
    ("Ford sells more than 800,000 F-Series pickups a year",
     "more than 800,000 F-Series pickups", 800000, "pickups", "pickups"),
    # rates of pay and price; a yearly sum stays money
    ("the average worker makes $15 an hour", "$15 an hour", 15, "USD / hour", None),
    ("rent of $1,200 a month", "$1,200 a month", 1200, "USD / month", None),
    ("He earns $400,000 a year", "$400,000", 400000, "USD", None),
    # SI products of powers, uncertainty in the last digits
    ("a wind speed of 7.83 m s−1 here", "7.83 m s−1", 7.83, "meter / second", None),
    ("a flux of 277 mW m−2.", "277 mW m−2", 277, "milliwatt / meter ** 2", None),
    ("the band at ~ 1354 cm− 1.", "~ 1354 cm− 1", 1354, "1 / centimeter", None),
    ("Violet light oscillates at 4e14 s-1", "4e14 s-1", 4e14, "1 / second", None),
    ("a cell with a=4.2153(4) Å, cubic", "4.2153(4) Å", 4.2153, "angstrom", None),
    ("the salt weighs ∼0.02 g in all", "∼0.02 g", 0.02, "gram", None),
    # misspelt and more units
    ("100.2 degrees farenheit is low", "100.2 degrees farenheit", 100.2, "degree_Fahrenheit",
     None),
    ("He said: 2 pm is 2 picometer", "2 picometer", 2, "picometer", None),
    # financial notation: millions of a currency code
    ("losses in excess of 30 MUSD were reported", "in excess of 30 MUSD", 30e6, "USD", None),
    ("Revenue of 450 MSEK.", "450 MSEK", 450e6, "SEK", None),
    # "francs" alone names no one country's franc
    ("a value of 528 million francs", "528 million francs", 528e6, "franc", None),
    ("fined 10,000 Swiss francs", "10,000 Swiss francs", 10000, "CHF", None),
    ("Sell Mex$ 10 million forward", "Mex$ 10 million", 10e6, "MXN", None),
    ("The patient is a 87 yo man", "87 yo", 87, "year", None),
    ("He died at the age of 85.", "age of 85", 85, "year", None),
    # vague quantities span a decade like "thousands of"; "a couple of hundred" is 200
    ("Several thousand people gathered", "Several thousand people", (1000, 10000), "people",
     "people"),
    ("A few hundred protesters marched", "A few hundred protesters", (100, 1000), "protesters",
     "protesters"),
    ("A couple of hundred more joined", "A couple of hundred", 200, None, None),
    # fractions
    ("the result is ⅙ and sometimes ½", "⅙", 1 / 6, None, None),
    ("A quarter of a million people fled", "A quarter of a million people", 2.5e5, "people",
     "people"),
    # tokenised decimals (Penn Treebank style text)
    ("sales rose 6 . 2 % to $ 1.45 billion", "6 . 2 %", 6.2, "percent", None),
    ("the project costs $ 46 . 8 million , and", "$ 46 . 8 million", 46.8e6, "USD", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "noun"), ADDED_FORMS,
                         ids=[c[1] for c in ADDED_FORMS])
def test_added_forms(text, span, value, unit, noun):
    q = expect(text, span, value, unit)
    assert q.noun == noun


@pytest.mark.parametrize(("text", "spans"), [
    ("The 2010-11 season and the 2010-2011 season.", []),
    ("the 5 km-long road", ["5 km"]),
    ("an exponent in g CO2 m−2 h−1 is no number", []),
    ("3 in 4 adults", ["3 in 4 adults"]),  # a ratio, not inches
    ("He was 10 more than last year.", ["10"]),
    ("A 3-D printer and the 4-H club", []),
    ("the 5 g network", ["5"]),  # a lone "g" after a whole number is no gram
    ("I see five out of three pieces", ["five", "three pieces"]),  # no proportion
    ("you can write 5.00 or 5,00.", ["5.00", "5,00"]),  # one number twice, no range
])
def test_added_non_forms(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


@pytest.mark.parametrize(("text", "span", "qualifier", "bounds"), [
    ("His score is more than 5000 or equal to it", "more than 5000 or equal to it", GE,
     (5000, None)),
    ("primes which are smaller or equal than 100", "smaller or equal than 100", LE, (None, 100)),
])
def test_or_equal_bounds(text, span, qualifier, bounds):
    q = find(text, span)
    assert q.qualifier is qualifier
    assert (q.interval.low, q.interval.high) == bounds


# Issue #4 families: (sentence, span, value or (low, high), unit)
ISSUE4_FORMS = [
    # spelled numbers joined by "&" or a comma; fractions; dozens
    ("He said three million, two hundred & forty, you say?",
     "three million, two hundred & forty", 3000240, None),
    ("the total was one thousand, five hundred and six votes",
     "one thousand, five hundred and six votes", 1506, "votes"),
    ("one over four of them", "one over four", 0.25, None),
    ("the answer is one over one hundred and twenty five", "one over one hundred and twenty five",
     0.008, None),
    ("He bought half a dozen eggs", "half a dozen eggs", 6, "eggs"),
    ("a dozen and a half roses", "a dozen and a half roses", 18, "roses"),
    ("one hundred thirty fifths", "one hundred thirty fifths", 100 / 35, None),
    ("one one hundred fifth", "one one hundred fifth", 1 / 105, None),
    # space-set thousands
    ("40 000 is the same as 40 000", "40 000", 40000, None),
    ("valued at 10 000 dollars.", "10 000 dollars", 10000, "USD"),
    ("a 1 500 m race", "1 500 m", 1500, "meter"),
    # sums closed by their subdivision
    ("it costs only 15 dollars 50.", "15 dollars 50", 15.5, "USD"),
    ("It costs 15 dollars and 50.", "15 dollars and 50", 15.5, "USD"),
    ("It may need one kuai and five mao five.", "one kuai and five mao five", 1.55, "CNY"),
    ("the ticket is 20 euros 50!", "20 euros 50", 20.5, "EUR"),
    # currencies: prefixes, signs after the number, names, millions of a code
    ("ranges between c $ 16.4 million", "c $ 16.4 million", 16.4e6, "CAD"),
    ("the deal is worth C$2 billion", "C$2 billion", 2e9, "CAD"),
    ("It costs NT$300 in Taipei", "NT$300", 300, "TWD"),
    ("annual revenues of about MAUD 60", "about MAUD 60", 60e6, "AUD"),
    ("the cost is 100元!", "100元", 100, "CNY"),
    ("You will win 100,000 ₭ and a car", "100,000 ₭", 100000, "LAK"),
    ("a fare of 500 ₱ each", "500 ₱", 500, "PHP"),
    ("for 420 million finnish markka .", "420 million finnish markka", 420e6, "FIM"),
    ("250 million dutch guilders of bonds", "250 million dutch guilders", 250e6, "NLG"),
    ("a loan of 35 lakh rupees", "35 lakh rupees", 3.5e6, "rupee"),
    ("it costs 5 lakh Indian rupees", "5 lakh Indian rupees", 5e5, "INR"),
    ("fined 200 Danish kroner", "200 Danish kroner", 200, "DKK"),
    ("a fine of 2,000 kroner", "2,000 kroner", 2000, "krone"),
    ("he paid 5,000 baht", "5,000 baht", 5000, "THB"),
    ("a bill of 40,000 forints", "40,000 forints", 40000, "HUF"),
    ("It cost 300 zlotys", "300 zlotys", 300, "PLN"),
    ("it sold for 10 million Deutsche marks", "10 million Deutsche marks", 1e7, "DEM"),
    ("a 100 THB note", "100 THB", 100, "THB"),
    # unit symbols read from their context
    ("Its 30 C outside!", "30 C", 30, "degree_Celsius"),
    ("temperatures of 300 °C (572 °F, 573.15K) here", "573.15K", 573.15, "kelvin"),
    ("I'll transmit a small package of 1500 b", "1500 b", 1500, "bit"),
    ("The server receives the 1500b packet of information", "1500b", 1500, "bit"),
    ("The size of this file is 100 mb", "100 mb", 100, "megabit"),
    ("moving data at only two kb per second.", "two kb per second", 2, "kilobit / second"),
    ("a 100 Mbps connection", "100 Mbps", 100, "megabit / second"),
    ("a dose of 0.01 Gy", "0.01 Gy", 0.01, "gray"),
    ("workers got 20 mSv in a year", "20 mSv", 20, "millisievert"),
    ("This car only uses 10 l/km.", "10 l/km", 10, "liter / kilometer"),
    ("it manages 4,500 tpd.", "4,500 tpd", 4500, "metric_ton / day"),
    ("it's used four times per week", "four times per week", 4, "count / week"),
    ("take it three times a day", "three times a day", 3, "count / day"),
    # tokenised fractions
    ("prices fell as much as 1 / 4 point", "as much as 1 / 4", 0.25, None),
    ("250 million of 7 3 / 4 % bonds", "7 3 / 4 %", 7.75, "percent"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), ISSUE4_FORMS,
                         ids=[c[1] for c in ISSUE4_FORMS])
def test_issue4_forms(text, span, value, unit):
    expect(text, span, value, unit)


@pytest.mark.parametrize(("text", "spans"), [
    # one space-set group is two numbers after a month, an identifier or a number
    ("On June 21 100 people died", ["100 people"]),
    ("Route 66 500 cars passed", ["500 cars"]),
    ("In 2012 300 people came", ["300 people"]),
    # a fiscal year or season written with a slash is no fraction
    ("The 2011/12 budget was cut by 5 percent.", ["5 percent"]),
    # a bare number after a sum is a subdivision only at the end of the clause
    ("He paid 15 dollars and 50 people came", ["15 dollars", "50 people"]),
    ("It cost $15 50 times", ["$15", "50"]),
    # context symbols need their context, and never follow a year
    ("Grade 5 C students", []),
    ("a 5K run", ["5K"]),
    ("the pressure was 950 mb", ["950"]),
    ("The March 2021 C.P.I. forecast is out", []),
    ("(Smith et al., 2011b) shared the data files", []),
    ("take 10 l", ["10"]),  # a lone "l" may be a list letter ("10 l of water" is litres)
    ("three times more people", ["three"]),
    # list markers and numbers after tokenised identifiers
    ("it s what 1 ) explains why ; 2 ) cautions that", []),
    ("at no . 1 , he hit", []),
    ("see fig . 3 for", []),
    # a rank, not a fraction
    ("the twenty third of May", []),
    ("It was 24 / 7 work", []),
])
def test_issue4_non_forms(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


# Whole families of forms (sentence, span, value or (low, high), unit)
@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # numbers
    ("About 10^6 cells were counted.", "About 10^6 cells", 1e6, "cells"),
    ("About 10⁶ cells were counted.", "About 10⁶ cells", 1e6, "cells"),
    ("The value was nought point five.", "nought point five", 0.5, None),
    ("There were 1,5 million people.", "1,5 million people", 1.5e6, "people"),
    ("The number is 1,3.", "1,3", 1.3, None),
    ("It cost 12,50 euros.", "12,50 euros", 12.5, "EUR"),
    ("The answer is fourty two.", "fourty two", 42, None),
    ("Shares rose 3x.", "3x", 3, "fold"),
    ("He has 2 and a half apples.", "2 and a half apples", 2.5, "apples"),
    ("It costs 3 and a half million dollars.", "3 and a half million dollars", 3.5e6, "USD"),
    # currency
    ("It costs five bucks.", "five bucks", 5, "USD"),
    ("It costs 5 quid.", "5 quid", 5, "GBP"),
    ("It costs 5 US cents.", "5 US cents", 5, "cent"),
    ("It costs 50 euro cents.", "50 euro cents", 50, "euro_cent"),
    ("It costs 5 pounds.", "5 pounds", 5, "GBP"),
    ("The fine was 500 pounds.", "500 pounds", 500, "GBP"),
    ("It weighs 5 pounds.", "5 pounds", 5, "pound"),
    ("He paid for 5 pounds of flour.", "5 pounds", 5, "pound"),
    ("a twenty pound bag of beans for $13", "twenty pound", 20, "pound"),
    ("Costs were $3bn-$4bn.", "$3bn-$4bn", (3e9, 4e9), "USD"),
    # dimensions
    ("The screen is 5 in wide.", "5 in", 5, "inch"),
    ("The length of my pencil is 2 in.", "2 in", 2, "inch"),
    ("The field is 100 yd long.", "100 yd", 100, "yard"),
    ("They used 5 gal of fuel.", "5 gal", 5, "gallon"),
    ("Pour 2 l of water.", "2 l", 2, "liter"),
    ("They shipped 5 t of coal.", "5 t", 5, "metric_ton"),
    ("It weighs 5 g.", "5 g", 5, "gram"),
    ("The bulb uses 60 W.", "60 W", 60, "watt"),
    ("The battery is 12 V.", "12 V", 12, "volt"),
    ("The fuse is 5 amps.", "5 amps", 5, "ampere"),
    ("The meal has 500 kcal.", "500 kcal", 500, "kilocalorie"),
    ("They used 5 cu m of gas.", "5 cu m", 5, "meter ** 3"),
    ("They used 5 fl oz of milk.", "5 fl oz", 5, "fluid_ounce"),
    ("They drank 5 pints of beer.", "5 pints", 5, "pint"),
    ("The tire is at 35 psi.", "35 psi", 35, "pound_force_per_square_inch"),
    ("The engine runs at 3000 rpm.", "3000 rpm", 3000, "revolutions_per_minute"),
    ("A 5,000-square-foot home.", "5,000-square-foot", 5000, "square_foot"),
    ("He drove at 50 miles-per-hour.", "50 miles-per-hour", 50, "mile_per_hour"),
    ("He is 6-foot-2.", "6-foot-2", 6 + 2 / 12, "foot"),
    ("He is 5'10\" tall.", "5'10\"", 5 + 10 / 12, "foot"),
    ("This diffuser uses finest 9\" plates", "9\"", 9, "inch"),
    ("The room is 10 by 20 feet.", "10", 10, "foot"),
    ("The poster measures 24x36 inches.", "24", 24, "inch"),
    ("The poster measures 24x36 inches.", "36 inches", 36, "inch"),
    ("The box is 30x20x10 cm.", "20", 20, "centimeter"),
    ("Bolt ran the 100m in 9.58s.", "9.58s", 9.58, "second"),
    ("The capacitor is 100 uF.", "100 uF", 100, "microfarad"),
    ("I want a gallon of beer", "a gallon", 1, "gallon"),
    ("The village is a mile away.", "a mile", 1, "mile"),
    ("The rate is 3 per mille.", "3 per mille", 3, "permille"),
    # temperature
    ("It was ten degrees below zero.", "ten degrees below zero", -10, "degree"),
    ("how to convert - 20 degrees fahrenheit to celsius", "- 20 degrees fahrenheit", -20,
     "degree_Fahrenheit"),
    ("34.9 centigrate is warm", "34.9 centigrate", 34.9, "degree_Celsius"),
    # age
    ("He is in his 40s.", "40s", (40, 49), "year"),
    ("She is in her early thirties.", "early thirties", (30, 33), "year"),
    ("He was in his late 60s.", "late 60s", (66, 69), "year"),
    ("She is 91 years of age.", "91 years of age", 91, "year"),
    # qualifiers
    ("Values of 30 and below.", "30 and below", 30, None),
    ("This diffuser uses 360-ish plates", "360-ish plates", 360, "plates"),
    # currencies named with their country's adjective
    ("It cost 300 South African rand.", "300 South African rand", 300, "ZAR"),
    ("It cost 150 Israeli shekels.", "150 Israeli shekels", 150, "ILS"),
    ("It cost 5000 Nigerian naira.", "5000 Nigerian naira", 5000, "NGN"),
    ("It cost 200 Swedish kronor.", "200 Swedish kronor", 200, "SEK"),
    ("It cost 30 Saudi riyals.", "30 Saudi riyals", 30, "SAR"),
    ("It cost 1 penny.", "1 penny", 1, "penny"),
    ("Set the temperature to 21 celcius.", "21 celcius", 21, "degree_Celsius"),
    ("The link is 100 mbps.", "100 mbps", 100, "megabit / second"),
    # two number words joined by a hyphen are a range; "two five-year terms" counts terms
    ("It happens two-three times a week.", "two-three times a week", (2, 3), "count / week"),
    ("Wait five-six days.", "five-six days", (5, 6), "day"),
    ("He served two five-year terms.", "five-year", 5, "year"),  # two figures: 2 and 5 years
    # number forms of issue #4's own cases
    ("It was nineteen ninety-nine dollars.", "nineteen ninety-nine dollars", 1999, "USD"),
    ("The value is 2.5^-1 here.", "2.5^-1", 0.4, None),
    ("I ate 3/4ths of the pie.", "3/4ths", 0.75, None),
    ("two out of five hundreds tvs", "two out of five hundreds", 0.004, None),
])
def test_units_numbers_and_currencies(text, span, value, unit):
    expect(text, span, value, unit)


@pytest.mark.parametrize(("text", "span", "qualifier"), [
    ("Children under the age of 12.", "under the age of 12", LT),
    ("Values of 30 and below.", "30 and below", LE),
    ("This diffuser uses 360-ish plates", "360-ish plates", A),
    ("A 30-something woman.", "30-something", A),
])
def test_family_qualifiers(text, span, qualifier):
    assert find(text, span).qualifier is qualifier


@pytest.mark.parametrize(("text", "spans"), [
    ("The ISBN is 978-3-16-148410-0.", []),
    ("The date was 2021-03-05.", []),
    ("He lives at 10 Downing Street.", []),
    ("The White House at 1600 Pennsylvania Avenue.", []),
    ("One day he left.", []),
    ("The class is \"English 101\". I'll skip it.", []),  # a closing quote, no inch
    ("They sold 10 t-shirts.", ["10 t-shirts"]),
    ("Figure 3 g shows the data.", []),
    ("He came 2 in.", ["2"]),  # no length spoken of: no inch
    ("A 3x4 m rug and a 4x4", ["3", "4 m"]),  # a size of a length, not a truck's drive
    ("The 4x4 truck and a 1920x1080 screen", []),
    ("It took 30s to load in the 1990s.", []),  # whole numbers glued to "s": decades
    ("He lived from 1900 to 1980.", []),
    ("Its history ranges from 1200 to 1600 AD.", []),
    ("The festival is spread over 200 acres.", ["200 acres"]),  # a place, not "more than"
    ("The COP26 summit and the 7-Eleven chain.", []),  # names, not pesos or a count
    ("She opened a third store and had a fourth child.", []),  # ranks, not shares
    ("Judges gave scores of 80 and 90.", ["80", "90"]),
    ("The Pistons are 5-12 this season and 1-9 on the road.", ["5", "12", "1", "9"]),  # records
    ("The Rangers trail the series 1-2.", ["1", "2"]),
    ("The number range is 1000-5000.", ["1000-5000"]),
    ("The bank cut its forecast for 2022 to 2.8%.", ["2.8%"]),  # a year, then the new level
    ("Polls close between 7 and 8 p.m. and open 8-10 a.m.", []),  # clock times
    ("Women outnumber men 3:1; the split is 60:40; it is 9:15.", ["3", "1", "60", "40"]),
    ("Swiatek came back to win 4-6, 6-3, 6-4.", ["4", "6", "6", "3", "6", "4"]),  # set scores
    ("Take either 10 micrograms or 30 micrograms.", ["10 micrograms", "30 micrograms"]),
    ("911 calls spiked as 4K TVs and net zero plans sold.", []),
    ("Gas costs $2.74 per million British thermal units.", ["$2.74"]),
    ("A Boeing 747-400 took off in a 401(k) plan between junctions 10 and 11.", []),
    ("Boeing 737-800 planes were grounded.", []),  # a model and its variant
    ("Uranium has a half-life and a half-hearted fan.", []),
    ("Police went to the 2400 block of Main Street; it streams in 1080p.", []),
    ("Read pages 10 to 12 at Gates 1 to 4.", []),
    ("Fortune 500 companies and PlayStation 5 sales.", []),
    ("Eminem starred in 8 Mile alongside Kim Basinger.", []),
    ("Storm Brings 5 Feet of Snow to Boston", ["5 Feet"]),  # a headline keeps short words in lower case
    ("It paid 5 billion Hong Kong dollars for the stake.", ["5 billion Hong Kong dollars"]),
    ("S&P 500 futures and Nasdaq 100 futures rose; profit beat a quarter earlier.", []),
    ("Analysts expect 2023 sales of $5 billion.", ["$5 billion"]),  # a year's sales
    ("He woke at 5 in the morning; the curfew runs from 2300 to 0500 hours.", []),
    ("That's the whole nine yards, and here are my two cents; meet at a quarter to seven.", []),
    ("Storm Brings 5 Feet Of Snow", ["5 Feet"]),  # a headline's unit, not a title
    ("The N95 masks, the R2 droid and the P5 members.", []),  # one-letter signs need a decimal or scale
    ("He ran 27:43, then 3:49.11, then 4:32:11.", []),  # times on a clock
    ("The Four Seasons hotel and One Direction and the Mega Millions jackpot.", []),  # names
    ("Saudi Vision 2030 aims high as Euro 2024 starts.", []),
    ("The Q2 2022 figures and the Fed's 2023 projections.", []),
    # a year then a figure: "from X in 1990 to Y in 2018" keeps both figures
    ("Murders fell from 2,245 in 1990 to 289 in 2018.", ["2,245", "289"]),
    ("Billionaires grew from 2,095 in 2020 to 2,755 in 2021.", ["2,095", "2,755"]),
    ("It rose from 29 in 2005 to 2,500 in 2022.", ["29", "2,500"]),
    ("It had 40 in 2019, and 55 in 2020.", ["40", "55"]),
    ("Profits fell in 2022 to 300 million.", ["300 million"]),
    ("The code uses 2, 4, 8 or 16 bits.", ["2", "4", "8", "16 bits"]),  # a list, not a range
    ("There were forty twenty-foot containers.", ["forty", "twenty-foot"]),
    ("Call +44 20 7946 0958 now.", []),
    ("Ohtani struck out 10 over 7 innings.", ["10", "7 innings"]),
    ("In 2010¹ it fell.", []),
])
def test_family_non_forms(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


# News copy. (sentence, span, value or (low, high), unit, qualifier)
@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), [
    # vague plurals written alone span a decade, like "hundreds of"
    ("Dozens were killed and hundreds more were wounded.", "Dozens", (12, 120), None, E),
    ("Dozens were killed and hundreds more were wounded.", "hundreds", (100, 1000), None, E),
    ("Thousands marched through the city on Saturday.", "Thousands", (1e3, 1e4), None, E),
    ("They have spent millions on lawyers.", "millions", (1e6, 1e7), None, E),
    ("A few dozen protesters remained.", "A few dozen protesters", (12, 120), "protesters", E),
    # scores and tallies: two figures, after a team's name too, never a range
    ("The Miami Heat beat the Chicago Bulls 101-97 on Sunday night.", "101", 101, None, E),
    ("The Miami Heat beat the Chicago Bulls 101-97 on Sunday night.", "97", 97, None, E),
    ("Brazil beat Spain 3-0 in the final.", "3", 3, None, E),
    ("Arsenal lost 1-2 at home to Swansea.", "2", 2, None, E),
    ("It was a 1-2 defeat for the hosts.", "1", 1, None, E),
    ("Chelsea took a 2-1 lead in the 63rd minute.", "1", 1, None, E),
    ("Cabrera went 3-for-4 with two doubles.", "4", 4, None, E),
    ("He led all scorers with 28 points on 11-of-18 shooting.", "18", 18, None, E),
    ("He won by a 2-to-1 margin.", "1", 1, None, E),
    ("Obama won 332 electoral votes to Romney's 206.", "206", 206, None, E),
    # measures and margins
    ("A magnitude-7.1 earthquake struck off the coast.", "7.1", 7.1, None, E),
    ("a margin of error of plus or minus 3 percentage points",
     "plus or minus 3 percentage points", 3, "percentage_point", E),
    ("It was 5 below zero in Chicago.", "5 below zero", -5, "degree", E),
    ("He spent a year and a half in jail.", "a year and a half", 1.5, "year", E),
    ("The trail is a mile and a half long.", "a mile and a half", 1.5, "mile", E),
    ("The company's shares have lost half their value.", "half", 0.5, None, E),
    ("Corn rose 7 cents to $6.45 a bushel.", "$6.45 a bushel", 6.45, "USD / bushel", E),
    ("It cost Sh2 billion.", "Sh2 billion", 2e9, "shilling", E),
    # ranges: one currency for both ends; a change and its level are two figures
    ("Costs are put at $10-15 billion.", "$10-15 billion", (10e9, 15e9), "USD", E),
    ("Expect 1-2 inches of rain.", "1-2 inches", (1, 2), "inch", E),
    ("Costs are expected to rise by 10 to 15 percent.", "10 to 15 percent", (10, 15),
     "percent", E),
    ("The company raised its dividend by 10 cents to 50 cents a share.", "10 cents", 10,
     "cent", E),
    ("The company raised its dividend by 10 cents to 50 cents a share.",
     "50 cents a share", 50, "cent", E),
    # "over" a duration is its span; "for over" a bound
    ("The bill would cost $1.1 trillion over 10 years.", "10 years", 10, "year", E),
    ("The jury deliberated for about 10 hours over two days.", "two days", 2, "day", E),
    ("He was jailed for over 10 years.", "over 10 years", 10, "year", GT),
    # "and more than" opens the next figure
    ("Winds gusted to 80 mph and more than 8 inches of rain fell.", "80 mph", 80,
     "mile_per_hour", E),
    ("Winds gusted to 80 mph and more than 8 inches of rain fell.", "more than 8 inches", 8,
     "inch", GT),
    ("His score is 200 or greater than", "200 or greater", 200, None, GE),
])
def test_news_forms(text, span, value, unit, qualifier):
    q = expect(text, span, value, unit)
    assert q.qualifier is qualifier


@pytest.mark.parametrize(("text", "spans"), [
    # names with numbers in them
    ("A 7-Eleven store was robbed early Friday.", []),
    ("He drives a Formula One car.", []),
    ("Kentucky reached the Final Four.", []),
    ("Leaders of the Group of Seven met in Italy.", []),
    ("He listened to BBC Two.", []),
    ("The 787 Dreamliner was grounded.", []),
    ("The 737 MAX was grounded.", []),
    ("The 777X will fly.", []),
    ("The 911 call came at 10:14 p.m.", []),
    # a sentence may open with a capitalised number word, and a headline capitalises all
    ("(Three people were later released.)", ["Three people"]),
    ("Blast Kills Three People", ["Three People"]),
    # scores: two figures, no noun on the second
    ("The Patriots rallied for a 27-24 win over the Jets.", ["27", "24"]),
    ("Kansas defeated North Carolina 75-59.", ["75", "59"]),
    ("The 2-for-1 deal ended.", ["2", "1"]),
    ("The Jets improved to 4-3.", ["4", "3"]),
    # "5 thousands" is no vague plural after a number; a lone plural names no decade
    ("The millions-strong diaspora voted.", []),
    ("Shares rose 3x.", ["3x"]),
    # a model after a possessive or an article, but not a count before an abbreviation
    ("Flaws were found in Intel's 80486 chip.", []),
    ("Thirty-two of the 159 U.N. members had filed.", ["Thirty-two", "159"]),
    ("It was hit by the #89.7 million charge.", []),  # no lone "million" = 1e6
    # a range of money after "by" when its ends are close
    ("It cut results by $3 million to $4 million.", ["$3 million to $4 million"]),
])
def test_news_non_forms(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


@pytest.mark.parametrize(("text", "span", "change"), [
    ("Prices rose 2-3 percent.", "2-3 percent", "up"),
    ("Costs are expected to rise by 10 to 15 percent.", "10 to 15 percent", "up"),
    # a change stated by a noun after the figure, or before it with "of"
    ("The bank posted a fourfold increase in profit.", "fourfold", "up"),
    ("Prices saw a 15 percent drop.", "15 percent", "down"),
    ("There was an increase of 8 percent in sales.", "8 percent", "up"),
    # money raised is collected, not a change; a score or a tally is no change
    ("The charity raised $40 million.", "$40 million", None),
    ("The Knicks lost 108-104.", "108", None),
    ("The team lost 10 of its last 12 games.", "10", None),
    # change verbs of wire copy
    ("Shares plummeted 30 percent.", "30 percent", "down"),
    ("The Dow was off 0.7 percent.", "0.7 percent", "down"),
    # a verb that changes its object by the figure after "by"
    ("The central bank cut rates by 50 basis points.", "50 basis points", "down"),
    ("The company increased its dividend by 10 percent.", "10 percent", "up"),
    ("The report was written by 5 authors.", "5 authors", None),
    # words between the verb and the figure; wire idioms of a market's move
    ("Wages rose a modest 2.5 percent.", "2.5 percent", "up"),
    ("The Nasdaq closed down 1.9 percent at 7,028.", "1.9 percent", "down"),
    ("Shares closed 2.4 percent lower.", "2.4 percent", "down"),
    ("He closed down 5 stores.", "5 stores", None),
    # the same move restated
    ("The Dow fell 212.34 points, or 1.2 percent, to 17,531.56.", "1.2 percent", "down"),
])
def test_news_changes(text, span, change):
    assert find(text, span).change == change


@pytest.mark.parametrize(("text", "span"), [
    ("He said (Three people died) and left.", "Three people"),
    ("He said: Two were hurt.", "Two"),
    ('"Five of them," he said.', "Five"),
    ("The toll — Nine people — rose.", "Nine people"),
])
def test_capitalised_number_opens_a_clause(text, span):
    find(text, span)


# Issue #4, unit accuracy: scientific and technical units written after numbers.
# (sentence, span, value or (low, high), pint unit, qualifier)
SCIENCE_FORMS = [
    # SI prefixes on every base symbol; products and quotients of powers
    ("The field reached 5 mV m−1 near the probe.", "5 mV m−1", 5, "millivolt / meter", E),
    ("Yield strength was 350 MPa at room temperature.", "350 MPa", 350, "megapascal", E),
    ("A flow of 2.5 cm3 s−1 was applied.", "2.5 cm3 s−1", 2.5, "centimeter ** 3 / second", E),
    ("Cd was 2.3 mg kg−1 in topsoil.", "2.3 mg kg−1", 2.3, "milligram / kilogram", E),
    ("Photosynthesis peaked at 12 µmol m−2 s−1.", "12 µmol m−2 s−1", 12,
     "micromole / meter ** 2 / second", E),
    ("Photosynthesis peaked at 12 μmol m-2 s-1.", "12 μmol m-2 s-1", 12,  # Greek mu, hyphens
     "micromole / meter ** 2 / second", E),
    ("The density is 2.7 g/cm³.", "2.7 g/cm³", 2.7, "gram / centimeter ** 3", E),
    ("The density is 1025 kg/m3 at the surface.", "1025 kg/m3", 1025, "kilogram / meter ** 3", E),
    ("Density was 2.65 g cm−3.", "2.65 g cm−3", 2.65, "gram / centimeter ** 3", E),
    ("A U-value of 0.3 W m−2 K−1 is required.", "0.3 W m−2 K−1", 0.3,
     "watt / kelvin / meter ** 2", E),
    ("Nitrate was 4.2 mg/L in the river.", "4.2 mg/L", 4.2, "milligram / liter", E),
    ("A solution of 0.1 mol L−1 NaCl was used.", "0.1 mol L−1", 0.1, "mole / liter", E),
    ("Ejecta moved at 3.5 km s−1.", "3.5 km s−1", 3.5, "kilometer / second", E),
    ("Uplift is 2 mm yr−1.", "2 mm yr−1", 2, "millimeter / year", E),
    ("Accumulation was 0.3 m a−1 at the summit.", "0.3 m a−1", 0.3, "meter / year", E),
    ("Conductivity was 1.2 S m−1.", "1.2 S m−1", 1.2, "siemens / meter", E),
    ("The rate is 5 s⁻¹.", "5 s⁻¹", 5, "1 / second", E),
    ("The flux was 1.2 × 10^-3 W/m^2.", "1.2 × 10^-3 W/m^2", 1.2e-3, "watt / meter ** 2", E),
    ("Viscosity was 1.0 mPa·s at 20 °C.", "1.0 mPa·s", 1.0, "millipascal * second", E),
    ("Activation energy was 45 kJ mol−1.", "45 kJ mol−1", 45, "kilojoule / mole", E),
    ("Capacity reached 160 mAh g−1 after 50 cycles.", "160 mAh g−1", 160,
     "milliampere_hour / gram", E),
    ("The PM2.5 level was 35 µg/m3 in Delhi.", "35 µg/m3", 35, "microgram / meter ** 3", E),
    ("Flow was 3 L/min.", "3 L/min", 3, "liter / minute", E),
    ("Heat capacity was 4.18 J g−1 K−1.", "4.18 J g−1 K−1", 4.18, "joule / gram / kelvin", E),
    ("Latent heat is 540 cal g−1.", "540 cal g−1", 540, "calorie / gram", E),
    ("The fault creeps 5 mm/day.", "5 mm/day", 5, "millimeter / day", E),
    # single symbols of physics, chemistry, biology and earth science
    ("The chamber was held at 2 bar of pressure.", "2 bar", 2, "bar", E),
    ("The line carries 400 kV.", "400 kV", 400, "kilovolt", E),
    ("The LED draws 20 µA.", "20 µA", 20, "microampere", E),
    ("A current of 2 A flowed through the circuit.", "2 A", 2, "ampere", E),
    ("The resistor is 10 kΩ.", "10 kΩ", 10, "kiloohm", E),
    ("The resistor is 47 Ω.", "47 Ω", 47, "ohm", E),
    ("Magnetic field strength of 1.5 T was used in the MRI.", "1.5 T", 1.5, "tesla", E),
    ("The field was 50 nT.", "50 nT", 50, "nanotesla", E),
    ("Patients received 2 Gy per fraction.", "2 Gy", 2, "gray", E),
    ("The leak released 15 PBq of caesium.", "15 PBq", 15, "petabecquerel", E),
    ("Add 5 mmol of reagent.", "5 mmol", 5, "millimole", E),
    ("Cells were treated with 10 µM drug.", "10 µM", 10, "micromolar", E),
    ("Cells were treated with 50 nM rapamycin.", "50 nM", 50, "nanomolar", E),
    ("Solutions of 0.5 M NaCl were prepared.", "0.5 M", 0.5, "molar", E),
    ("The protein weighs 66 kDa.", "66 kDa", 66, "kilodalton", E),
    ("The collision energy was 13 TeV.", "13 TeV", 13, "teraelectron_volt", E),
    ("The earthquake released 2 PJ.", "2 PJ", 2, "petajoule", E),
    ("Add 5 µL of buffer.", "5 µL", 5, "microliter", E),
    ("We used 100 uL of buffer.", "100 uL", 100, "microliter", E),
    ("Cholesterol was 200 mg/dL.", "200 mg/dL", 200, "milligram / deciliter", E),
    ("The rocks formed 250 Ma ago.", "250 Ma", 250, "megayear", E),
    ("The deglaciation began 15 ka ago.", "15 ka", 15, "kiloyear", E),
    ("The eruption 74 kyr ago was huge.", "74 kyr", 74, "kiloyear", E),
    ("A 4.4-Ga zircon was found.", "4.4-Ga", 4.4, "gigayear", E),
    ("Plants grew for 14 d under light.", "14 d", 14, "day", E),
    ("The comet is 3 AU from the Sun.", "3 AU", 3, "astronomical_unit", E),
    ("The galaxy is 10 kpc away.", "10 kpc", 10, "kiloparsec", E),
    ("The star is 4.2 ly away.", "4.2 ly", 4.2, "light_year", E),
    ("Methane is at 1900 ppb.", "1900 ppb", 1900, "parts_per_billion", E),
    ("Global stocks were 36 Gt.", "36 Gt", 36, "gigametric_ton", E),
    ("The galaxy emits at 1.4 GHz and 5 THz.", "5 THz", 5, "terahertz", E),
    # shares of a mixture are units of their own
    ("The alloy contains 3.5 wt% Cu.", "3.5 wt%", 3.5, "weight_percent", E),
    ("Ti-6Al-4V with 6 wt.% Al", "6 wt.%", 6, "weight_percent", E),
    ("The sample contains 5 vol% ethanol.", "5 vol%", 5, "volume_percent", E),
    ("The film has 12 at% Ni.", "12 at%", 12, "atom_percent", E),
    ("The increase was 5 per cent.", "5 per cent", 5, "percent", E),
    # value forms of scientific prose
    ("Strain rates of 10−3 s−1 were used.", "10−3 s−1", 1e-3, "1 / second", E),
    ("The rate was 1.5 × 10−3 s−1.", "1.5 × 10−3 s−1", 1.5e-3, "1 / second", E),
    ("The rate was 1.5e-3 per second.", "1.5e-3", 1.5e-3, None, E),
    ("Samples were made at 1323–1423 K.", "1323–1423 K", (1323, 1423), "kelvin", E),
    ("Grains of 10–20 µm were sieved.", "10–20 µm", (10, 20), "micrometer", E),
    ("Grains of 10 to 20 µm were sieved.", "10 to 20 µm", (10, 20), "micrometer", E),
    ("The diameter was 5 ± 1 μm.", "5 ± 1 μm", (4, 6), "micrometer", E),
    ("The mean was 5±0.2 mm.", "5±0.2 mm", (4.8, 5.2), "millimeter", E),
    ("Indexing gave a=4.2153(4) Å for the cell.", "4.2153(4) Å", 4.2153, "angstrom", E),
    ("Pores of ~5 nm were seen.", "~5 nm", 5, "nanometer", A),
    ("Pores of ≈ 5 nm were seen.", "≈ 5 nm", 5, "nanometer", A),
    ("We used ≥ 10 replicates.", "≥ 10 replicates", 10, "replicates", GE),
    # a p-value is a bound on a bare number; the letter before it is no unit
    ("The difference was significant (p < 0.05).", "< 0.05", 0.05, None, LT),
    ("The difference was significant (P<0.001).", "<0.001", 0.001, None, LT),
    ("Each group had n = 12 mice.", "12 mice", 12, "mice", E),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), SCIENCE_FORMS,
                         ids=[c[1] for c in SCIENCE_FORMS])
def test_science_forms(text, span, value, unit, qualifier):
    q = expect(text, span, value, unit)
    assert q.qualifier is qualifier


@pytest.mark.parametrize(("text", "spans"), [
    # science symbols that are news words or letters: they need their context
    ("The bank completed 2 M&A deals.", ["2"]),
    ("He bought a 5 T-shirt pack.", ["5"]),
    ("The 55 AU member states met in Addis Ababa.", ["55 AU member states"]),
    ("She got 2 A grades.", ["2"]),
    ("Plan B won 40 bar owners over.", ["40 bar owners"]),
    ("There were 7 Da Nang hotels.", ["7 Da Nang hotels"]),
    # symbols that are units only inside a compound unit
    ("45 N, 30 W is the spot.", ["45", "30"]),
    ("He fired a .50 cal rifle.", [".50"]),
    ("They ate 5 a day.", ["5"]),
    # "d" only set apart from the digits; a year range stays years
    ("Electrons fill the 3d orbital.", []),
    ("in the 2011-12 season", []),
    # "10−20" (two digits after the minus) is a range, not a power of ten
    ("Grains of 10−20 µm were sieved.", ["10−20 µm"]),
])
def test_science_non_forms(text, spans):
    assert [q.text for q in extract_quantities(text)] == spans


def test_science_units_are_pint_units():
    """Every prefixed symbol the YAML's SI table makes is a unit pint knows."""
    from claims.extract import quantities

    for symbol in ("mV", "kΩ", "µmol", "μM", "uL", "nT", "PBq", "kDa", "kpc", "Gg"):
        assert lookup(quantities._UNIT_SYMBOLS[symbol]).name
    assert "pm" not in quantities._UNIT_SYMBOLS  # 5 pm is a time of day
    assert convert(1, "weight_percent", "percent") == pytest.approx(1)
