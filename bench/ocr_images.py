"""Synthetic photos of what a merchant photographs: terminal screens, receipts, and things
that show no error at all. Deterministic for a seed (PIL + numpy only).

Kinds: lcd (monochrome segment-style LCD: pixel grid, low contrast, backlight gradient,
glare), android (colour smart-terminal screen), receipt (thermal slip), photo (a screen
inside the terminal's body, rotated and skewed on a counter), small (the terminal far away:
small text), none (no error: idle and "approved" screens and slips, cats, shop shelves).

Every code is one a person can read in the image; labels say what the screen shows.

    .venv/bin/python bench/ocr_images.py --out /tmp/ocr-set --seed 2 --per-kind 30
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # Debian fonts-wqy-microhei
KINDS = ("lcd", "android", "receipt", "photo", "small", "none")

# What terminals show for host codes (pos-domain.md §2, "terminal shows"), with the category.
HOST = {
    "01": ("请持卡人与发卡银行联系", "REFER TO ISSUER", "card"),
    "03": ("无效商户", "INVALID MERCHANT", "merchant"),
    "05": ("持卡人认证失败", "DO NOT HONOUR", "card"),
    "12": ("无效交易", "INVALID TRANSACTION", "operation"),
    "13": ("无效金额", "INVALID AMOUNT", "operation"),
    "14": ("无效卡号", "INVALID CARD NUMBER", "card"),
    "25": ("没有原始交易", "NO ORIGINAL TRANSACTION", "operation"),
    "30": ("请重试", "FORMAT ERROR", "software"),
    "41": ("挂失卡", "LOST CARD", "card"),
    "51": ("可用余额不足", "INSUFFICIENT FUNDS", "card"),
    "54": ("该卡已过期", "EXPIRED CARD", "card"),
    "55": ("密码错", "INCORRECT PIN", "card"),
    "58": ("发卡方不允许该卡在本终端进行此交易", "NOT PERMITTED", "merchant"),
    "61": ("交易金额超限", "EXCEEDS AMOUNT LIMIT", "card"),
    "68": ("交易超时，请重试", "RESPONSE TIMEOUT", "network"),
    "90": ("系统日切，请稍后重试", "CUTOVER IN PROGRESS", "host"),
    "91": ("发卡方状态不正常，请稍后重试", "ISSUER INOPERATIVE", "host"),
    "94": ("拒绝，重复交易，请稍后重试", "DUPLICATE TRANSMISSION", "operation"),
    "96": ("拒绝，交换中心异常，请稍后重试", "SYSTEM MALFUNCTION", "host"),
    "97": ("终端号未登记", "TERMINAL NOT REGISTERED", "merchant"),
    "98": ("发卡方超时", "ISSUER TIMEOUT", "host"),
    "99": ("PIN格式错，请重新签到", "PIN FORMAT ERROR", "merchant"),
    "A0": ("MAC校验错，请重新签到", "MAC ERROR", "merchant"),
    "A7": ("安全处理失败", "SECURITY ERROR", "merchant"),
    "0020000": ("交易失败", "TRANSACTION FAILED", None),  # vendor code: category unknown
}
# Terminal-local messages (pos-domain.md §3): no code, a category.
MESSAGES = [
    ("通讯失败", "network"), ("连接超时", "network"), ("接收超时", "network"),
    ("无法连接主机", "network"), ("请先签到", "merchant"), ("交易满请结算", "merchant"),
    ("密钥校验错", "merchant"), ("打印机缺纸", "hardware"), ("COMM ERROR", "network"),
    ("PAPER OUT", "hardware"), ("BATCH FULL", "merchant"), ("TAMPER DETECTED", "hardware"),
]
CODE_LINES_ZH = ["错误码:{c}", "应答码:{c}", "错误码 {c}", "返回码：{c}", "({c})", "代码{c}"]
CODE_LINES_EN = ["ERROR CODE: {c}", "RESP CODE {c}", "DECLINED {c}", "ERR {c}", "CODE:{c}"]
HEADERS = ["银联POS", "收银台", "消费", "SALE", "PURCHASE", "签购"]
IDLE = [["欢迎使用", "请刷卡/插卡/挥卡"], ["WELCOME", "INSERT / SWIPE / TAP"],
        ["消费", "请输入金额:", "0.00"], ["交易成功", "请撕下签购单"], ["APPROVED", "THANK YOU"],
        ["主菜单", "1.消费  2.撤销", "3.退货  4.结算"]]
SHOP_WORDS = ["欢迎光临", "营业中", "OPEN", "特价", "新鲜水果", "会员价", "收银台", "SALE 50%"]


@dataclass
class Sample:
    name: str
    kind: str
    code: str | None  # the code a person reads in the image
    category: str | None  # the cause category of the error shown; None: no error / unknown
    shown: str  # the screen's lines, for reading failures
    image: Image.Image

    def jpeg(self, quality: int = 85) -> bytes:
        buffer = io.BytesIO()
        self.image.convert("RGB").save(buffer, "JPEG", quality=quality)
        return buffer.getvalue()


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size)


def _now(rng: random.Random) -> str:
    return f"2026/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def error_lines(rng: random.Random) -> tuple[list[str], str | None, str | None]:
    """The lines of an error screen, its code and its category."""
    english = rng.random() < 0.3
    if rng.random() < 0.75:
        code = rng.choice(sorted(HOST))
        zh, en, category = HOST[code]
        if english:
            line = rng.choice(CODE_LINES_EN).format(c=code)
            return [rng.choice(["TRANSACTION FAILED", "DECLINED", "ERROR"]), line, en], code, category
        line = rng.choice(CODE_LINES_ZH).format(c=code)
        return ["交易失败", line, zh] if code != "0020000" else ["交易失败", line], code, category
    message, category = rng.choice(MESSAGES)
    head = "ERROR" if message.isascii() else rng.choice(["交易失败", "提示", "错误"])
    return [head, message], None, category


def _screen(lines: list[str], size: tuple[int, int], fg, bg, rng: random.Random,
            header: str | None = None, text_px: int | None = None) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    px = text_px or max(14, height // (len(lines) + 3))
    y = px // 2
    if header:
        draw.text((px // 2, y), f"{header}   {_now(rng)[5:]}", font=font(int(px * 0.7)), fill=fg)
        y += int(px * 1.4)
    for line in lines:
        f = font(px)
        w = draw.textlength(line, font=f)
        if w > width - px:  # long meanings shrink to fit, as terminals do
            f = font(max(10, int(px * (width - px) / w)))
            w = draw.textlength(line, font=f)
        x = (width - w) / 2 if rng.random() < 0.6 else px // 2
        draw.text((x, y), line, font=f, fill=fg)
        y += int(px * 1.45)
    return image


def lcd(lines: list[str], rng: random.Random) -> Image.Image:
    """A monochrome LCD: low resolution pixels on a grid, low contrast, uneven backlight."""
    scale = 3
    logical = (rng.choice([200, 220, 240]), rng.choice([128, 140, 160]))
    bg = (rng.randint(150, 185), rng.randint(175, 200), rng.randint(130, 160))
    fg = tuple(max(0, c - rng.randint(95, 125)) for c in bg)
    small = _screen(lines, logical, fg, bg, rng, header=rng.choice(HEADERS), text_px=rng.choice([15, 16, 18]))
    small = small.convert("L").point(lambda v: 0 if v < (bg[1] + fg[1]) / 2 else 255)
    small = Image.merge("RGB", [small.point(lambda v, lo=lo, hi=hi: hi if v else lo)
                                for lo, hi in zip(fg, bg)])
    big = np.asarray(small.resize((logical[0] * scale, logical[1] * scale), Image.NEAREST)).astype(float)
    big[::scale, :, :] *= 0.9  # the gaps between LCD pixels
    big[:, ::scale, :] *= 0.9
    h, w = big.shape[:2]
    gradient = np.linspace(rng.uniform(0.75, 0.9), rng.uniform(1.0, 1.12), w)[None, :, None]
    big *= gradient
    cy, cx = rng.uniform(0.1, 0.9) * h, rng.uniform(0.1, 0.9) * w  # glare from a ceiling light
    yy, xx = np.mgrid[0:h, 0:w]
    glare = np.exp(-(((yy - cy) / (h * 0.18)) ** 2 + ((xx - cx) / (w * 0.25)) ** 2))
    big = big * (1 - 0.35 * glare[..., None]) + 255 * 0.35 * glare[..., None]
    return Image.fromarray(np.clip(big, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))


def android(lines: list[str], rng: random.Random) -> Image.Image:
    """A colour smart terminal: title bar, a dialog with the error, an OK button."""
    w, h = rng.choice([(480, 800), (540, 960), (720, 1280)])
    image = Image.new("RGB", (w, h), (rng.randint(230, 245),) * 3)
    draw = ImageDraw.Draw(image)
    bar = rng.choice([(25, 90, 200), (200, 40, 40), (20, 140, 120)])
    draw.rectangle((0, 0, w, h // 12), fill=bar)
    draw.text((w // 20, h // 50), rng.choice(["收银台", "银联支付", "Payment"]), font=font(h // 28), fill="white")
    box = (w // 12, h // 4, w - w // 12, h // 4 + h // 3)
    draw.rounded_rectangle(box, radius=w // 30, fill="white", outline=(200, 200, 200))
    px = h // 26
    y = box[1] + px
    for i, line in enumerate(lines):
        colour = (210, 40, 40) if i == 0 else (40, 40, 40)
        f = font(px if i else int(px * 1.2))
        while draw.textlength(line, font=f) > box[2] - box[0] - px and f.size > 10:
            f = font(f.size - 2)
        draw.text(((w - draw.textlength(line, font=f)) / 2, y), line, font=f, fill=colour)
        y += int(px * 1.8)
    button = (w // 4, box[3] - px * 2, w - w // 4, box[3] - px // 2)
    draw.rounded_rectangle(button, radius=px // 2, fill=bar)
    draw.text((w // 2 - px, button[1] + px // 5), rng.choice(["确定", "OK"]), font=font(px), fill="white")
    draw.text((w // 20, h - h // 10), f"金额: {rng.randint(1, 999)}.{rng.randint(0, 99):02d}", font=font(px), fill=(90, 90, 90))
    return image


def receipt(lines: list[str] | None, rng: random.Random) -> Image.Image:
    """A thermal slip: merchant, terminal and trace numbers, date, amount, and the result."""
    body = [
        "银联POS签购单", "商户存根 MERCHANT COPY", f"商户名称: {rng.choice(['好又多超市', '老王面馆', '便利店'])}",
        f"商户号: 8983100{rng.randint(10000000, 99999999)}", f"终端号: {rng.randint(10000000, 99999999)}",
        f"卡号: 6222 **** **** {rng.randint(1000, 9999)}", "交易类型: 消费 SALE",
        f"批次号: {rng.randint(100000, 999999)}  凭证号: {rng.randint(100000, 999999)}",
        f"日期/时间: {_now(rng)}", f"金额: RMB {rng.randint(1, 2999)}.{rng.randint(0, 99):02d}",
    ]
    body += lines if lines else ["交易成功", "持卡人签名:", "本人确认以上交易"]
    w = 520
    px = 22
    h = px * 2 + int(px * 1.5) * len(body)
    paper = rng.randint(225, 245)
    image = Image.new("RGB", (w, h), (paper, paper, paper - 5))
    draw = ImageDraw.Draw(image)
    y = px
    for line in body:
        f = font(px)
        while draw.textlength(line, font=f) > w - px and f.size > 10:
            f = font(f.size - 2)
        draw.text((px // 2, y), line, font=f, fill=(rng.randint(40, 80),) * 3)
        y += int(px * 1.5)
    array = np.asarray(image).astype(float)  # the print head fades in places
    fade = np.random.default_rng(rng.randint(0, 2**31)).uniform(0, 1, array.shape[:2]) < 0.04
    array[fade] = paper
    return Image.fromarray(array.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def in_terminal(screen: Image.Image, rng: random.Random, scale: float = 1.0) -> Image.Image:
    """The screen inside the terminal's body, on a counter, photographed at an angle."""
    sw, sh = screen.size
    body = Image.new("RGB", (int(sw * 1.3), int(sh * 2.4)), (0, 0, 0))
    draw = ImageDraw.Draw(body)
    shell = tuple(rng.randint(25, 70) for _ in range(3))
    draw.rounded_rectangle((0, 0, body.width - 1, body.height - 1), radius=sw // 10, fill=shell)
    ox, oy = (body.width - sw) // 2, int(sh * 0.15)
    body.paste(screen, (ox, oy))
    key = sw // 5  # a keypad under the screen
    for r in range(4):
        for c in range(3):
            x0 = ox + c * (sw // 3) + sw // 12
            y0 = oy + sh + sh // 10 + r * int(key * 1.1)
            draw.rounded_rectangle((x0, y0, x0 + key, y0 + int(key * 0.8)), radius=6, fill=(200, 200, 205))
            draw.text((x0 + key // 3, y0 + key // 8), "123456789*0#"[r * 3 + c], font=font(key // 2), fill=(30, 30, 30))
    mask = Image.new("L", body.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, body.width - 1, body.height - 1), radius=sw // 10, fill=255)
    angle = rng.uniform(-12, 12)
    body = body.rotate(angle, expand=True, resample=Image.BICUBIC)
    mask = mask.rotate(angle, expand=True)
    cw, ch = int(body.width * 1.5), int(body.height * 1.25)
    counter = tuple(rng.randint(90, 200) for _ in range(3))
    scene = Image.new("RGB", (cw, ch), counter)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 8, (ch, cw, 1))
    scene = Image.fromarray(np.clip(np.asarray(scene) + noise, 0, 255).astype(np.uint8))
    scene.paste(body, ((cw - body.width) // 2 + rng.randint(-cw // 10, cw // 10), (ch - body.height) // 2), mask)
    scene = _perspective(scene, rng)
    longest = max(scene.size)
    target = int(rng.uniform(1000, 1280) * scale)
    scene = scene.resize((scene.width * target // longest, scene.height * target // longest), Image.LANCZOS)
    return scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))


def _perspective(image: Image.Image, rng: random.Random) -> Image.Image:
    """A photo taken from slightly above or to the side: a mild keystone."""
    w, h = image.size
    d = 0.08
    src = [(rng.uniform(0, d) * w, rng.uniform(0, d) * h), (w - rng.uniform(0, d) * w, rng.uniform(0, d) * h),
           (w - rng.uniform(0, d) * w, h - rng.uniform(0, d) * h), (rng.uniform(0, d) * w, h - rng.uniform(0, d) * h)]
    dst = [(0, 0), (w, 0), (w, h), (0, h)]
    matrix = []
    for (x, y), (u, v) in zip(dst, src):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    coeffs = np.linalg.solve(np.array(matrix, float), np.array([c for p in src for c in p], float))
    return image.transform((w, h), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=(120, 110, 100))


def cat(rng: random.Random) -> Image.Image:
    """Something furry on a cushion: shapes and texture, no text."""
    w, h = 1024, 768
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.randint(60, 200) for _ in range(3)], float)
    image = Image.fromarray(np.clip(base + nrng.normal(0, 20, (h, w, 3)), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    fur = tuple(rng.randint(80, 230) for _ in range(3))
    cx, cy, r = w // 2 + rng.randint(-100, 100), h // 2 + rng.randint(-50, 50), rng.randint(150, 250)
    draw.ellipse((cx - r, cy - r // 2, cx + r, cy + r), fill=fur)
    hr = r // 2
    draw.ellipse((cx - hr, cy - r, cx + hr, cy), fill=fur)
    draw.polygon([(cx - hr, cy - r + 20), (cx - hr + 30, cy - r - 60), (cx - 20, cy - r + 10)], fill=fur)
    draw.polygon([(cx + hr, cy - r + 20), (cx + hr - 30, cy - r - 60), (cx + 20, cy - r + 10)], fill=fur)
    for ex in (cx - hr // 2, cx + hr // 2):
        draw.ellipse((ex - 12, cy - r // 2 - 12, ex + 12, cy - r // 2 + 12), fill=(30, 120, 40))
    for _ in range(300):  # whiskers and fur strokes
        x, y = cx + rng.randint(-r, r), cy + rng.randint(-r // 2, r)
        a = rng.uniform(0, math.pi)
        draw.line((x, y, x + 15 * math.cos(a), y + 15 * math.sin(a)), fill=tuple(max(0, c - 40) for c in fur))
    return image.filter(ImageFilter.GaussianBlur(1.2))


def shop(rng: random.Random) -> Image.Image:
    """Shelves of goods with a sign and price tags: text, but no error."""
    w, h = 1024, 768
    image = Image.new("RGB", (w, h), tuple(rng.randint(180, 230) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for shelf in range(3):
        y = 200 + shelf * 180
        draw.rectangle((0, y + 130, w, y + 145), fill=(120, 90, 60))
        x = 10
        while x < w - 60:
            bw = rng.randint(40, 110)
            draw.rectangle((x, y + rng.randint(10, 60), x + bw, y + 130), fill=tuple(rng.randint(30, 240) for _ in range(3)))
            if rng.random() < 0.3:
                draw.text((x, y + 150), f"¥{rng.randint(1, 99)}.{rng.randint(0, 9)}0", font=font(18), fill=(200, 20, 20))
            x += bw + rng.randint(4, 20)
    draw.rectangle((w // 4, 30, 3 * w // 4, 130), fill=(180, 20, 30))
    sign = rng.choice(SHOP_WORDS)
    f = font(60)
    draw.text(((w - draw.textlength(sign, font=f)) / 2, 45), sign, font=f, fill="white")
    return image.filter(ImageFilter.GaussianBlur(0.8))


def sample(kind: str, rng: random.Random, index: int) -> Sample:
    name = f"{kind}-{index:03d}"
    if kind == "none":
        choice = rng.choice(["idle_lcd", "idle_android", "receipt_ok", "cat", "shop", "idle_photo"])
        if choice == "cat":
            image = cat(rng)
        elif choice == "shop":
            image = shop(rng)
        elif choice == "receipt_ok":
            image = receipt(None, rng)
        else:
            lines = rng.choice(IDLE)
            screen = lcd(lines, rng) if choice != "idle_android" else android(lines, rng)
            image = in_terminal(screen, rng) if choice == "idle_photo" else screen
        return Sample(name, kind, None, None, choice, image)
    lines, code, category = error_lines(rng)
    shown = " / ".join(lines)
    if kind == "lcd":
        image = lcd(lines, rng)
    elif kind == "android":
        image = android(lines, rng)
    elif kind == "receipt":
        image = receipt(lines, rng)
    elif kind == "photo":
        image = in_terminal(lcd(lines, rng) if rng.random() < 0.6 else android(lines, rng).resize((360, 640)), rng)
    elif kind == "small":  # far away: the screen's text is about 12-16 px high in the photo
        image = in_terminal(lcd(lines, rng), rng, scale=rng.uniform(0.5, 0.62))
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return Sample(name, kind, code, category, shown, image)


def generate(seed: int, per_kind: int, kinds: tuple[str, ...] = KINDS):
    """per_kind samples of each kind; the same seed gives the same images."""
    for kind in kinds:
        rng = random.Random(f"{seed}:{kind}")
        for i in range(per_kind):
            yield sample(kind, rng, i)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--per-kind", type=int, default=30)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for s in generate(args.seed, args.per_kind):
            (args.out / f"{s.name}.jpg").write_bytes(s.jpeg())
            labels.write(json.dumps({"file": f"{s.name}.jpg", "kind": s.kind, "code": s.code,
                                     "category": s.category, "shown": s.shown}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
