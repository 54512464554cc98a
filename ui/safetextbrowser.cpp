#include "safetextbrowser.h"

#include "domain/untrustedtext.h"
#include "logging.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace simwatch {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                            | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    installResourceBlock();
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == CallLinkScheme)
            emit callLinkActivated(url.path().toInt());
        else if (isOpenableLink(url))
            QDesktopServices::openUrl(url);
        else
            qCInfo(lcUi) << "not opening link with scheme" << url.scheme();
    });
}

bool SafeTextBrowser::isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

int SafeTextBrowser::linkCallReferences(const QSet<int> &callIds)
{
    if (callIds.isEmpty())
        return 0;
    static const QRegularExpression reference(QStringLiteral("\\bcall\\s+#?(\\d{1,9})\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    QTextDocument *doc = document();
    int links = 0;
    QTextCursor at(doc);
    while (true) {
        at = doc->find(reference, at);
        if (at.isNull())
            break;
        const int id = reference.match(at.selectedText()).captured(1).toInt();
        if (!callIds.contains(id) || at.charFormat().isAnchor())
            continue;
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(CallLinkScheme + QLatin1Char(':') + QString::number(id));
        link.setForeground(palette().color(QPalette::Link));
        link.setFontUnderline(true);
        link.setToolTip(tr("Show call #%1 in the calls list").arg(id));
        at.mergeCharFormat(link);
        ++links;
    }
    return links;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void SafeTextBrowser::installResourceBlock()
{
    // QTextDocument asks its resource provider before the widget's loadResource(), and falls
    // back on reading local files itself when loadResource() returns nothing. A provider that
    // answers every request with an empty image closes that path too.
    document()->setResourceProvider([](const QUrl &) { return QVariant(QImage()); });
}

void SafeTextBrowser::setMarkdownSafely(const QString &markdown)
{
    installResourceBlock(); // the document may have been replaced
    // Hidden characters are shown: an override cannot make a sentence read differently.
    document()->setMarkdown(untrusted::showHidden(markdown), QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                      | QTextDocument::MarkdownNoHTML));
    replaceImages();
    moveCursor(QTextCursor::Start); // new text is read from the top
}

void SafeTextBrowser::setPlainTextSafely(const QString &text)
{
    installResourceBlock();
    setPlainText(untrusted::showHidden(text));
    moveCursor(QTextCursor::Start);
}

void SafeTextBrowser::replaceImages()
{
    struct Fragment
    {
        int position;
        int length;
        bool image;
        QString toolTip;
    };
    QList<Fragment> fragments;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() || !format.toolTip().isEmpty())
                fragments.append({fragment.position(), fragment.length(), format.isImageFormat(), format.toolTip()});
        }
    }
    // Back to front, so that earlier positions stay valid.
    for (auto it = fragments.crbegin(); it != fragments.crend(); ++it) {
        QTextCursor cursor(document());
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->image) {
            QTextCharFormat format;
            format.setFontItalic(true);
            format.setForeground(palette().color(QPalette::PlaceholderText));
            cursor.insertText(tr("[image not shown]"), format);
        } else {
            // A Markdown link title becomes a tooltip, which Qt would read as HTML: escape it.
            QTextCharFormat format;
            format.setToolTip(Qt::convertFromPlainText(it->toolTip, Qt::WhiteSpaceNormal));
            cursor.mergeCharFormat(format);
        }
    }
}

int SafeTextBrowser::imageCount() const
{
    int count = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                count += it.fragment().length();
        }
    }
    return count;
}

} // namespace simwatch
