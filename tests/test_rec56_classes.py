"""rec56 (issue 11, class 4): a host code said in the number words of the merchant's own language,
read for every language the libraries num2words and indic-num2words write (knowledge/world_numbers.py, read backwards
by codes.py's world_numerals), beside the hand tables: sentences of our own, none from an eval file.

1. a code announced in number words of a language no hand table has (Azerbaijani, Swedish,
   Norwegian, Danish, Slovenian, Esperanto, Tetum, Tajik, Hebrew, Persian, Arabic, Amharic,
   Bengali, Kannada, Telugu, Thai, Hindi, Marathi, Gujarati, Punjabi, Tamil, Malayalam, Welsh ...), spaced, hyphened or glued, with or without
   diacritics, with or without the joining word, or digit by digit: that code;
2. near misses: the same words in ordinary sentences, a number that is no code, a price or a count
   said in words, a bigger number going on, and the short words of one language that are everyday
   words of another ("hat", "sex", "tre", "ni", "on", "ok", "to") stay no code;
3. digits of other scripts and Roman numerals after "code" (read before this round: kept so);
4. the table: built from the library, no number the hand tables read listed again.
"""

from knowledge.codes import _hand_numerals_read, _world
from tests.tables import EACH, recognised_as

# -- 1. a code in the number words of a language of the library ---------------------------------

WORLD_CODES = [
    # Azerbaijani (and a Turkish screen word after the number)
    ("kodu əlli bir çıxır, kart keçmir", "51"),
    ("ekran: doxsan altı, nə etməliyəm", "96"),
    ("ekranda doksan altı yazıyor müşteri bekliyor", "96"),
    ("xəta kodu qırx üç, kart keçmir", "43"),
    # Swedish, Norwegian, Danish: glued as they write it, or split
    ("kortläsaren visar femtioett hela tiden", "51"),
    ("felkod nittio, kortet går inte igenom", "90"),
    ("koden är nittio-sex, vad betyder det", "96"),
    ("the machine in our shop in Malmö says sextiofem", "65"),
    ("terminalen viser feilkode femtifem etter kortet", "55"),
    ("the screen says enoghalvtreds when the customer taps", "51"),
    ("fejlkode seksoghalvfems på skærmen", "96"),
    # Slovenian glued, Esperanto, Tetum
    ("the display shows šestindevetdeset after the pin", "96"),
    ("napaka, koda enainpetdeset", "51"),
    ("la terminalo montras eraron: naudek unu", "91"),
    ("my Tetum helper says limanulu resin lima", "55"),
    # Tajik, Hebrew (either gender), Persian, Arabic (the و glued or apart)
    ("терминал хато медиҳад: наваду шаш", "96"),
    ("קוד שגיאה חמישים ואחד, מה עושים", "51"),
    ("על המסך כתוב תשעים ושש", "96"),
    ("دستگاه کارتخوان کد خطا پنجاه و یک میده", "51"),
    ("کد خطا نود شش", "96"),
    ("الجهاز يظهر كود الخطأ واحد وخمسون", "51"),
    # Amharic, Bengali, Kannada, Telugu, Thai
    ("ማሽኑ ኮድ አምሳ አምስት ይላል", "55"),
    ("the screen says ዘጠና አንድ", "91"),
    ("মেশিনে এরর কোড একান্ন দেখাচ্ছে", "51"),
    ("ಸ್ವೈಪ್ ಮಾಡಿದಾಗ ಕೋಡ್ ತೊಂಬತ್ತಾರು ಬರುತ್ತದೆ", "96"),
    ("ఎర్రర్ కోడ్ యాభై అయిదు వస్తోంది", "55"),
    ("เครื่องขึ้นรหัสเก้าสิบหก ลูกค้ารออยู่", "96"),
    # the languages of India (indic-num2words): Hindi, Marathi, Gujarati, Punjabi, Tamil, Malayalam
    ("दुकान की मशीन पर कोड छियान्बे आ रहा है", "96"),
    ("कार्ड लगाते ही एरर इक्यावन दिखा रहा है", "51"),
    ("मशीनवर कोड एक्कावन्न येत आहे", "51"),
    ("કાર્ડ નાખું ત્યારે કોડ છન્નું આવે છે", "96"),
    ("ਸਕਰੀਨ ਤੇ ਕੋਡ ਇਕਵਿੰਜਾ ਆ ਰਿਹਾ", "51"),
    ("கார்டு போட்டால் பிழை ஐம்பத்து ஒன்று வருகிறது", "51"),
    ("എറർ കോഡ് തോന്നൂറ്റിആറ് കാണിക്കുന്നു", "96"),
    # Welsh as it is taught now (decimal: pum deg un), which the library does not write
    ("the card machine keeps saying gwall pum deg un", "51"),
    ("y sgrin yn dweud naw deg chwech", "96"),
    # digit by digit, in one language
    ("קוד שגיאה אפס חמש אחרי העדכון", "05"),
    ("koden är noll fem efter uppdateringen", "05"),
]
test_a_code_in_the_number_words_of_a_library_language = recognised_as(WORLD_CODES, code=EACH)

# -- 2. near misses ------------------------------------------------------------------------------

# the same number words in ordinary sentences (no word announcing a code)
ORDINARY = [
    "vi sålde femtioett kaffe i dag och terminalen fungerar",
    "bu gün əlli bir müştəri gəldi, hamısı nağd ödədi",
    "היו לנו חמישים ואחד לקוחות היום",
    "امروز پنجاه و یک مشتری داشتیم",
    "আজ একান্ন জন কাস্টমার এসেছিল",
    "ಇವತ್ತು ತೊಂಬತ್ತಾರು ಗ್ರಾಹಕರು ಬಂದರು",
    "आज दुकान में इक्यावन ग्राहक आए, मशीन ठीक चली",
]
test_number_words_in_ordinary_sentences_are_no_code = recognised_as(ORDINARY, code=None)
# a price or a count said in words after a word that would announce a code, or a bigger number
PRICES_AND_COUNTS = [
    "the screen shows femtioett kronor, is that right",
    "ekranda elli bir lira yazıyor, doğru mu",
    "the display shows nittiosex minuter left on the update",
    "the terminal shows doxsan altı manat for the sale",
    "המסך מראה חמישים ואחד שקל",
    "the screen says əlli bir min, the total of the day",
    "मशीन पर इक्यावन रुपये लिखा है",
]
test_a_price_or_a_count_in_words_is_no_code = recognised_as(PRICES_AND_COUNTS, code=None)
# a number of those languages that is no code of the knowledge base
NOT_A_CODE = [
    "kodu səksən səkkiz",  # 88
    "koden är åttiofyra",  # 84
    "the screen says sjuttiotvå",  # 72
]
test_a_number_that_is_no_code_stays_none = recognised_as(NOT_A_CODE, code=None)
# the short words of one language that are everyday words of another
EVERYDAY_WORDS = [
    "it says hat on the receipt, weird",
    "the screen shows sex ni times and then goes off",
    "it says tre due on the paper roll box",
    "the display says ok to continue",
    "code on the screen went away after restart",
    "error on the terminal once, then fine",
    "the screen said to set the date",
    "it shows tree icons and a bin",
    "my machine shows san, what is san",
    # a tens alone after "says" or "shows" is as often a sum (after "code" it is a code)
    "the till shows trettio, we closed early",
    "it says doxsan on the screen of the scale",
]
test_everyday_words_of_another_language_are_no_code = recognised_as(EVERYDAY_WORDS, code=None)

# -- 3. digits of other scripts, Roman numerals (read before this round: kept) ----------------

OTHER_DIGITS = [
    ("code ೫೧", "51"),  # Kannada
    ("the screen says ໕໑", "51"),  # Lao
    ("error ៩៦ on the terminal", "96"),  # Khmer
    ("code ༥༡", "51"),  # Tibetan
    ("code ፶፩", "51"),  # Ge'ez numerals: 50 and 1
    ("it says ፺፮", "96"),
    ("code 〥〡", "51"),  # Suzhou numerals
    ("code LI", "51"),
    ("error XCVI", "96"),
    ("কোড ৯৬", "96"),  # Bengali
    ("کد ۹۶", "96"),  # Persian
]
test_digits_of_other_scripts_and_roman_numerals = recognised_as(OTHER_DIGITS, code=EACH)


# -- 4. the table ------------------------------------------------------------------------------

def test_the_table_comes_from_the_library_and_lists_no_hand_number_again():
    from num2words import num2words

    world = _world()
    table = world["table"]
    languages = {lang for _, langs in table.values() for lang in langs}
    assert len(languages) >= 45 and {"hi", "ta", "sv", "am", "he"} <= languages, sorted(languages)
    assert table["ellibir".replace("ellibir", "əlli bir")][0] == 51
    assert table[num2words(96, lang="kn")][0] == 96
    # a number the hand tables read is theirs: not listed again (one source per number)
    assert "fifty one" not in table and "doksan alti" not in table and "cincuenta y uno" not in table
    assert not any(_hand_numerals_read(key) for key in list(table)[::25])
    assert "satu" not in table and "six" not in table and "zero" not in table  # (words of the hand tables)
    # a key two languages read as two numbers is no key
    assert all(0 <= value <= 99 for value, _ in table.values())
