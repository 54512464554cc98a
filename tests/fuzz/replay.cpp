// The fuzz target without libFuzzer: replays files through it, so that ctest runs its checks
// (a reply read cut into its calls means what it means read whole; reading with the previous
// calls gives the same simulation) over every fixture and every input the fuzzer kept.
//   fuzz_parse_replay FILE|DIR...   exit status 0 when at least one input was read

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 0;
    }
    const QByteArray body = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        if (!QFileInfo(path).isDir()) {
            inputs += replay(path);
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            inputs += replay(dir.filePath(name));
    }
    std::printf("%d inputs read cut and whole, the same\n", inputs);
    return inputs > 0 ? 0 : 1;
}
