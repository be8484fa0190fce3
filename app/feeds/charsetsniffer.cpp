#include "feeds/charsetsniffer.h"

#include <QStringDecoder>

#include <utility>

namespace Broadsheet::Feeds {

namespace {

// The most frequent Chinese characters, simplified and traditional forms (written as
// UTF-8); a decoding that yields real Chinese text hits them often, a wrong one rarely.
const char16_t *const simplifiedCommon =
    u"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
    u"里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从"
    u"想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头"
    u"文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提"
    u"立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务"
    u"做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像"
    u"难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导"
    u"争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗"
    u"字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器"
    u"容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周"
    u"较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章"
    u"音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻"
    u"父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久"
    u"错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷"
    u"警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协"
    u"角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份"
    u"穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨"
    u"丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋"
    u"画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭"
    u"妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂"
    u"旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森"
    u"塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购"
    u"替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍"
    u"页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵" // simplified
    u"這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣從實軍無與長機見問頭體見電數報結將間門員當東"
    u"聲處義關應戰業點變車馬鳥魚龍" // traditional forms
    ;

bool isHangul(char16_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}
bool isKana(char16_t c)
{
    return c >= 0x3040 && c <= 0x30FF;
}
bool isHan(char16_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

struct Decoded
{
    QString text;
    bool ok = false;
};

Decoded decode(const char *name, const QByteArray &bytes)
{
    QStringDecoder decoder(name); // stateful: a character cut at the end of the sample is no error
    if (!decoder.isValid())
        return {};
    Decoded d;
    d.text = decoder.decode(bytes);
    d.ok = !decoder.hasError() && !d.text.contains(QChar::ReplacementCharacter);
    return d;
}

// Share of the non-ASCII characters for which pred holds.
template<typename Pred>
double share(const QString &text, Pred pred, qsizetype *nonAscii = nullptr)
{
    qsizetype total = 0;
    qsizetype hits = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++total;
        if (pred(c.unicode()))
            ++hits;
    }
    if (nonAscii)
        *nonAscii = total;
    return total ? double(hits) / double(total) : 0.0;
}

double commonHanShare(const QString &text)
{
    static const QString common = QString::fromUtf16(simplifiedCommon);
    qsizetype han = 0;
    qsizetype hits = 0;
    for (QChar c : text) {
        if (!isHan(c.unicode()))
            continue;
        ++han;
        if (common.contains(c))
            ++hits;
    }
    return han ? double(hits) / double(han) : 0.0;
}

} // namespace

QString sniffLegacyEncoding(const QByteArray &document)
{
    // A sample is enough, and keeps a 20 MB document from being decoded nine times.
    const QByteArray bytes = document.size() > 65536 ? document.left(65536) : document;
    qsizetype high = 0;
    qsizetype asciiLetters = 0;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80)
            ++high;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            ++asciiLetters;
    }
    if (high < 8)
        return {};

    // Multi-byte CJK encodings: the decoding must succeed and yield the expected script.
    struct Candidate
    {
        const char *name;
        double score;
    };
    Candidate best{nullptr, 0.0};
    const auto consider = [&best](const char *name, double score) {
        if (score > best.score)
            best = {name, score};
    };
    if (const Decoded kr = decode("EUC-KR", bytes); kr.ok)
        consider("euc-kr", share(kr.text, isHangul));
    for (const auto &[name, label] : {std::pair{"EUC-JP", "euc-jp"}, std::pair{"Shift_JIS", "shift_jis"}}) {
        const Decoded jp = decode(name, bytes);
        if (!jp.ok)
            continue;
        const double kana = share(jp.text, isKana);
        const double japanese = share(jp.text, [](char16_t c) {
            return isKana(c) || isHan(c) || c == 0x3001 || c == 0x3002 || c == 0x30FC;
        });
        if (kana >= 0.1)
            consider(label, japanese);
    }
    for (const auto &[name, label] : {std::pair{"GB2312", "gb2312"}, std::pair{"Big5", "big5"}}) {
        const Decoded zh = decode(name, bytes);
        if (!zh.ok)
            continue;
        const double han = share(zh.text, [](char16_t c) {
            return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
        });
        // Frequent characters separate a right decoding from random Han characters.
        const double common = commonHanShare(zh.text);
        if (han >= 0.8 && common >= 0.2)
            consider(label, 0.5 + common / 2);
    }
    if (best.name && best.score >= 0.6)
        return QString::fromLatin1(best.name);

    // Single-byte scripts: most letters are non-ASCII in Cyrillic, Hebrew or Thai text,
    // unlike Western text in windows-1252 with its occasional accented letter.
    if (double(high) / double(high + asciiLetters) < 0.5)
        return {};
    // The order matters: each test rejects the others' text. KOI8-R and windows-1251 both
    // give Cyrillic, but real text is mostly lower case, which only the right one shows.
    const auto lowerCyrillic = [](char16_t c) {
        return (c >= 0x0430 && c <= 0x044F) || c == 0x0451;
    };
    const auto cyrillic = [](char16_t c) {
        return c >= 0x0400 && c <= 0x04FF;
    };
    const auto lowerShare = [&](const Decoded &d) {
        return d.ok && share(d.text, cyrillic) >= 0.8 ? share(d.text, lowerCyrillic) : 0.0;
    };
    const Decoded koi8 = decode("KOI8-R", bytes);
    const Decoded cp1251 = decode("windows-1251", bytes);
    const double koi8Lower = lowerShare(koi8);
    const double cp1251Lower = lowerShare(cp1251);
    if (koi8Lower >= 0.6 && koi8Lower > cp1251Lower)
        return QStringLiteral("koi8-r");
    const Decoded hebrew = decode("windows-1255", bytes);
    if (hebrew.ok && share(hebrew.text, [](char16_t c) { return c >= 0x05D0 && c <= 0x05EA; }) >= 0.8)
        return QStringLiteral("windows-1255");
    if (cp1251Lower >= 0.6)
        return QStringLiteral("windows-1251");
    const Decoded thai = decode("TIS-620", bytes);
    if (thai.ok && share(thai.text, [](char16_t c) { return c >= 0x0E00 && c <= 0x0E7F; }) >= 0.9)
        return QStringLiteral("tis-620");
    return {};
}

} // namespace Broadsheet::Feeds
