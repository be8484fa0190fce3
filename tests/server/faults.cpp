#include "faults.h"

#include <QJsonObject>

namespace TestServer {

qint64 parseSize(const QString &text, bool *ok)
{
    static const struct
    {
        const char *suffix;
        qint64 factor;
    } units[] = {{"GiB", 1LL << 30},
                 {"MiB", 1LL << 20},
                 {"KiB", 1LL << 10},
                 {"G", 1LL << 30},
                 {"M", 1LL << 20},
                 {"K", 1LL << 10},
                 {"B", 1}};
    QString t = text.trimmed();
    qint64 factor = 1;
    for (const auto &unit : units) {
        if (t.endsWith(QLatin1String(unit.suffix), Qt::CaseInsensitive)) {
            factor = unit.factor;
            t.chop(qsizetype(qstrlen(unit.suffix)));
            break;
        }
    }
    const qint64 n = t.trimmed().toLongLong(ok);
    return *ok && n >= 0 ? n * factor : (*ok = false, 0);
}

std::optional<Fault> Fault::parse(const QString &spec, QString *error)
{
    Fault f;
    f.spec = spec;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? part : part.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("delay")) {
            f.delayMs = value.toInt(&ok);
        } else if (key == QLatin1String("status")) {
            f.status = value.toInt(&ok);
            ok = ok && f.status >= 100 && f.status <= 599;
        } else if (key == QLatin1String("retry-after")) {
            f.retryAfter = value.toInt(&ok);
        } else if (key == QLatin1String("oversized-body")) {
            f.oversizedBytes = parseSize(value, &ok);
        } else if (key == QLatin1String("reset-before")) {
            f.resetBefore = true;
        } else if (key == QLatin1String("reset")) {
            f.reset = true;
        } else if (key == QLatin1String("hang")) {
            f.hang = true;
        } else if (key == QLatin1String("malformed-json")) {
            f.malformedJson = true;
        } else if (key == QLatin1String("reset-mid-body")) {
            f.resetMidBody = true;
        } else if (key == QLatin1String("no-length")) {
            f.noLength = true;
        } else if (key == QLatin1String("drip")) {
            f.dripMs = value.toInt(&ok);
            ok = ok && f.dripMs > 0;
        } else if (key == QLatin1String("slow-body")) {
            const QStringList v = value.split(QLatin1Char(':'));
            f.slowBodyMs = v.value(0).toInt(&ok);
            if (ok && v.size() > 1)
                f.slowBodyBytes = qMax(1, v.value(1).toInt(&ok));
        } else {
            ok = false;
        }
        if (!ok || f.delayMs < 0 || f.slowBodyMs < 0) {
            if (error)
                *error = QStringLiteral("invalid fault directive: %1").arg(part);
            return std::nullopt;
        }
    }
    return f;
}

void FaultRegistry::add(const QString &path, const Fault &fault, int count)
{
    m_entries.append(Entry{path, fault, count});
}

std::optional<Fault> FaultRegistry::take(const QString &path)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        const bool match =
            e.path.endsWith(QLatin1Char('*')) ? path.startsWith(e.path.chopped(1)) : path == e.path;
        if (!match)
            continue;
        const Fault fault = e.fault;
        if (--e.remaining <= 0)
            m_entries.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QJsonArray FaultRegistry::toJson() const
{
    QJsonArray list;
    for (const Entry &e : m_entries)
        list.append(QJsonObject{{QStringLiteral("path"), e.path},
                                {QStringLiteral("fault"), e.fault.spec},
                                {QStringLiteral("count"), e.remaining}});
    return list;
}

} // namespace TestServer
