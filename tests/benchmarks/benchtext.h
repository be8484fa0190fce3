#pragma once

// Generated text for the benchmarks: deterministic sentences from a small vocabulary.

#include "domain/article.h"

#include <QRandomGenerator>
#include <QString>

namespace Broadsheet::Bench {

// words random picks from vocabulary, capitalised, ending with a full stop.
template<std::size_t N>
QString sentence(QRandomGenerator &random, const char *const (&vocabulary)[N], int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        text += QLatin1String(vocabulary[random.bounded(int(N))]);
        text += i + 1 < words ? QLatin1Char(' ') : QLatin1Char('.');
    }
    text[0] = text[0].toUpper();
    return text;
}

// The parts every generated article has: guid and link on site N, a seven-word title, an
// author and a publication time ten minutes after the previous article's.
template<std::size_t N>
Article articleHeader(QRandomGenerator &random, const char *const (&vocabulary)[N], int site, int n)
{
    Article a;
    a.guid = QStringLiteral("https://site%1.example/?p=%2").arg(site).arg(n);
    a.link = QUrl(QStringLiteral("https://site%1.example/2026/%2/").arg(site).arg(n));
    a.title = sentence(random, vocabulary, 7);
    a.author = QStringLiteral("Author %1").arg(random.bounded(40));
    a.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 600 + site);
    return a;
}

} // namespace Broadsheet::Bench
