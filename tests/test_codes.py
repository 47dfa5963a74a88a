"""Code extraction: codes in every spelling merchants use, and numbers that are not codes."""

import pytest

from knowledge.codes import CodeFinder
from knowledge.loader import load_kb
from knowledge.matcher import Recogniser


@pytest.fixture(scope="module")
def finder() -> CodeFinder:
    return Recogniser(load_kb()).codes


@pytest.mark.parametrize(
    "text, code",
    [
        ("51", "51"),
        ("E51", "51"),
        ("错误码：51", "51"),
        ("返回码 A0", "A0"),
        ("a0", "A0"),
        ("５１", "51"),
        ("Ａ０", "A0"),
        ("002 0000", "0020000"),
        ("code 96", "96"),
        ("顾客的卡刷了提示 51", "51"),
        ("机器一直报0020000", "0020000"),
        ("err-96 again", "96"),
        ("收了51块，然后报错96", "96"),
        ("error 51 customer card declined", "51"),
        ("196", "96"),
        ("刷卡显示 55 密码", "55"),
        ("POS上显示 错误码A0 要怎么弄", "A0"),
    ],
)
def test_finds_codes(finder, text, code):
    hits = finder.find(text)
    assert hits and hits[0].code == code


@pytest.mark.parametrize(
    "text",
    [
        "51块",
        "200元",
        "收了88元",
        "¥96",
        "51 dollars",
        "13812345678",
        "打400-123-4567",
        "11月25日",
        "2024-05-12",
        "10:51",
        "下午3点05",
        "订单号2024112512345",
        "凭证号000051",
        "刷了3次",
        "等了20分钟",
        "显示51块钱",
        "wifi 5g",
    ],
)
def test_numbers_that_are_not_codes(finder, text):
    assert finder.find(text) == []
