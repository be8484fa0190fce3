#pragma once

// Generated text for the benchmarks: deterministic sentences from a small vocabulary.

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

} // namespace Broadsheet::Bench
