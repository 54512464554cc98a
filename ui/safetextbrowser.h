#pragma once

#include <QSet>
#include <QTextBrowser>

namespace simwatch {

// A read-only text view for text that came from the server. It never loads a resource (no
// images, no files, no network), never follows a link by itself, and opens a clicked link in
// the browser only when it is http or https. Markdown is rendered with HTML disabled, and any
// image the Markdown asks for is replaced by a short text.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setMarkdownSafely(const QString &markdown);
    // Plain text: nothing in `text` is interpreted.
    void setPlainTextSafely(const QString &text);

    QVariant loadResource(int type, const QUrl &name) override;

    // Number of image objects in the document (0 after setMarkdownSafely()); for tests.
    int imageCount() const;

    static bool isOpenableLink(const QUrl &url);

    // Makes each "Call #70004" / "call 70004" in the document a link to that call, when 70004
    // is one of `callIds` (a number that names no call stays text). Returns the links made.
    int linkCallReferences(const QSet<int> &callIds);
    static inline const QString CallLinkScheme = QStringLiteral("simwatch-call");

Q_SIGNALS:
    void callLinkActivated(int callId); // a link made by linkCallReferences() was followed

private:
    void installResourceBlock();
    void replaceImages();
};

} // namespace simwatch
