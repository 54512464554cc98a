#pragma once

// Runs the real `simwatch` binary for end-to-end tests. The stand-in server usually lives in the
// test process, so the wait keeps this process's event loop turning (never waitForFinished()).

#include <QProcess>
#include <QSignalSpy>

namespace simwatch::testing {

struct ProcessResult
{
    int exitCode = -1;      // -1: did not start or timed out; -2: crashed
    QByteArray stdOut;
    QByteArray stdErr;

    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = stdOut.split('\n');
        result.removeAll(QByteArray());
        return result;
    }
};

inline ProcessResult runSimwatch(const QStringList &arguments, const QProcessEnvironment &environment,
                                 int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIMWATCH_BIN_DIR "/simwatch"), arguments);
    ProcessResult result;
    if (!process.waitForStarted()) {
        qWarning() << "cannot start simwatch:" << process.errorString();
        return result;
    }
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "simwatch timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    return result;
}

} // namespace simwatch::testing
