#include "store/walcheck.h"

#include <QFile>

#include <array>

namespace Broadsheet::Store {

namespace {

constexpr int HeaderSize = 32;
constexpr int FrameHeaderSize = 24;
constexpr quint32 MagicLittle = 0x377f0682;
constexpr quint32 MagicBig = 0x377f0683;

quint32 bigEndian(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

quint32 littleEndian(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[3]) << 24) | (quint32(u[2]) << 16) | (quint32(u[1]) << 8) | quint32(u[0]);
}

// SQLite's log checksum (a Fletcher-like sum of 32-bit words), continued from sum.
void checksum(bool big, const char *data, qsizetype size, std::array<quint32, 2> &sum)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = big ? bigEndian(data + i) : littleEndian(data + i);
        const quint32 x1 = big ? bigEndian(data + i + 4) : littleEndian(data + i + 4);
        sum[0] += x0 + sum[1];
        sum[1] += x1 + sum[0];
    }
}

} // namespace

bool walIsDamaged(const QString &databasePath)
{
    QFile file(databasePath + QLatin1String("-wal"));
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    const QByteArray log = file.readAll();
    if (log.size() < HeaderSize)
        return false; // a header cut short by a crash: no frame was ever committed after it
    const char *header = log.constData();
    const quint32 magic = bigEndian(header);
    const quint32 pageSize = bigEndian(header + 8);
    const bool headerOk = (magic == MagicLittle || magic == MagicBig) && pageSize >= 512 &&
                          pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    std::array<quint32, 2> sum{0, 0};
    const bool big = magic == MagicBig;
    if (headerOk)
        checksum(big, header, 24, sum);
    if (!headerOk || sum[0] != bigEndian(header + 24) || sum[1] != bigEndian(header + 28)) {
        // Without a valid header SQLite ignores the whole log: damage when frames follow.
        return log.size() >= HeaderSize + FrameHeaderSize + 512;
    }
    const quint32 salt1 = bigEndian(header + 16);
    const quint32 salt2 = bigEndian(header + 20);
    const qsizetype frameSize = FrameHeaderSize + qsizetype(pageSize);
    bool brokenBefore = false;
    for (qsizetype at = HeaderSize; at + frameSize <= log.size(); at += frameSize) {
        const char *frame = log.constData() + at;
        if (bigEndian(frame + 8) != salt1 || bigEndian(frame + 12) != salt2)
            break; // a frame of an earlier log: the current one ends here
        std::array<quint32, 2> next = sum;
        checksum(big, frame, 8, next);
        checksum(big, frame + FrameHeaderSize, pageSize, next);
        const bool ok = next[0] == bigEndian(frame + 16) && next[1] == bigEndian(frame + 20);
        if (ok && brokenBefore)
            return true; // an intact frame after a damaged one: the damage is not a torn tail
        if (!ok)
            brokenBefore = true;
        // Continue from what the frame says, so that the frame after a damaged one can be judged.
        sum = {bigEndian(frame + 16), bigEndian(frame + 20)};
    }
    return false;
}

} // namespace Broadsheet::Store
