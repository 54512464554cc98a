#include "theme.h"

#include "sentimentslices.h"
#include "uitext.h"

#include <QApplication>
#include <QGuiApplication>
#include <cmath>
#include <QEvent>
#include <QPainter>
#include <QLabel>
#include <QPalette>

namespace simwatch {

namespace theme {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal t = qBound(0.0, amountOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor borderColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.13);
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.32); // 4.5:1 or more
}

QColor trackColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::WindowText), 0.09);
}

Choice choiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QString keyOf(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf5, 0xf6, 0xf8), text(0x1f, 0x23, 0x28), base(0xff, 0xff, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf4, 0xf7));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7b));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe6));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x91, 0x9a));
    p.setColor(QPalette::Shadow, QColor(0x55, 0x5b, 0x63));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x91, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x91, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x91, 0x9a));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), text(0xe6, 0xe8, 0xeb), base(0x1f, 0x21, 0x24);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0xa6, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x85, 0x8a, 0x92));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x85, 0x8a, 0x92));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x85, 0x8a, 0x92));
    return p;
}

void apply(Choice choice)
{
    if (choice == Choice::System)
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor warningColor()
{
    return isDark() ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00); // amber
}

QColor errorTextColor()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor agentSpeakerColor()
{
    return isDark() ? QColor(0x8a, 0xb8, 0xf0) : QColor(0x2b, 0x6c, 0xb0);
}

QColor otherSpeakerColor()
{
    return isDark() ? QColor(0x8f, 0xd4, 0xa8) : QColor(0x25, 0x70, 0x4b);
}

BannerColours errorBannerColours()
{
    if (isDark())
        return {QColor(0x4a, 0x24, 0x20), QColor(0x7a, 0x3a, 0x33), QColor(0xf6, 0xd3, 0xce)};
    return {QColor(0xfb, 0xec, 0xeb), QColor(0xea, 0xb8, 0xb2), QColor(0x5c, 0x1d, 0x16)};
}

DiffColours diffColours()
{
    if (isDark())
        return {QColor(0x3d, 0x24, 0x24), QColor(0x6b, 0x2f, 0x2a), QColor(0x1f, 0x35, 0x26),
                QColor(0x2d, 0x5c, 0x3a), QColor(0x33, 0x36, 0x3a), QColor(0x26, 0x28, 0x2c)};
    return {QColor(0xfd, 0xec, 0xea), QColor(0xf6, 0xb8, 0xb2), QColor(0xe7, 0xf6, 0xea),
            QColor(0xa9, 0xe2, 0xb6), QColor(0xee, 0xf1, 0xf4), QColor(0xf6, 0xf7, 0xf8)};
}

QColor accentColor()
{
    // Light: white text on it at 5:1. Dark: lighter, to stand out from a dark track.
    return isDark() ? QColor(0x5B, 0x9B, 0xF0) : QColor(0x2F, 0x6F, 0xC9);
}

QColor accentTextColor()
{
    return isDark() ? QColor(0x0D, 0x11, 0x17) : QColor(Qt::white);
}

QList<QColor> sentimentColors()
{
    QList<QColor> colors;
    for (int i = 0; i < report::SentimentSliceCount; ++i)
        colors.append(report::sentimentColor(report::SentimentSlice(i)));
    return colors;
}

namespace {

void setSecondaryColor(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor secondary = secondaryTextColor(palette);
    palette.setColor(QPalette::WindowText, secondary);
    palette.setColor(QPalette::Text, secondary);
    label->setPalette(palette);
}

} // namespace

void wrapStackPageLabel(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHeightForWidth(false);
    label->setSizePolicy(policy);
}

void polishTree(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString name = label->objectName();
        if (name == QLatin1String("cardTitle")) {
            QFont f = label->font();
            f.setCapitalization(QFont::AllUppercase);
            f.setLetterSpacing(QFont::PercentageSpacing, 106);
            f.setPointSizeF(QApplication::font().pointSizeF() * 0.86);
            f.setWeight(QFont::DemiBold);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("emptyState")) {
            QFont f = label->font();
            f.setItalic(true);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("secondaryText")) {
            setSecondaryColor(label);
        }
    }
}

QList<ColourPair> colourPairs()
{
    const QPalette p = QGuiApplication::palette();
    const QColor window = p.color(QPalette::Window), base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::WindowText);
    QList<ColourPair> pairs = {
        {QStringLiteral("text"), text, window, 4.5},
        {QStringLiteral("text on base"), p.color(QPalette::Text), base, 4.5},
        {QStringLiteral("alternate rows"), p.color(QPalette::Text), p.color(QPalette::AlternateBase), 4.5},
        {QStringLiteral("secondary text"), secondaryTextColor(p), window, 4.5},
        {QStringLiteral("placeholder"), p.color(QPalette::PlaceholderText), base, 4.5},
        {QStringLiteral("selection"), p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 4.5},
        {QStringLiteral("link"), p.color(QPalette::Link), base, 4.5},
        {QStringLiteral("button"), p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5},
        {QStringLiteral("warning"), warningColor(), window, 4.5},
        {QStringLiteral("error text"), errorTextColor(), window, 4.5},
        {QStringLiteral("progress text on the bar"), accentTextColor(), accentColor(), 4.5},
        {QStringLiteral("progress text on the track"), text, trackColor(p), 4.5},
        {QStringLiteral("progress bar against its track"), accentColor(), trackColor(p), 3.0},
        {QStringLiteral("insecure connection"), Qt::white, QColor(0xb3, 0x26, 0x1e), 4.5},
        {QStringLiteral("find: all matches"), QColor(0x20, 0x20, 0x20), QColor(0xFF, 0xE0, 0x82), 4.5},
        {QStringLiteral("find: current match"), QColor(0x20, 0x20, 0x20), QColor(0xFF, 0xA7, 0x26), 4.5},
    };
    const BannerColours banner = errorBannerColours();
    pairs.append({QStringLiteral("error banner"), banner.text, banner.background, 4.5});
    const DiffColours diff = diffColours();
    for (const auto &[name, background] : {std::pair{QStringLiteral("removed line"), diff.removedLine},
                                           std::pair{QStringLiteral("removed word"), diff.removedWord},
                                           std::pair{QStringLiteral("added line"), diff.addedLine},
                                           std::pair{QStringLiteral("added word"), diff.addedWord},
                                           std::pair{QStringLiteral("diff title"), diff.titleLine},
                                           std::pair{QStringLiteral("diff filler"), diff.filler}})
        pairs.append({QStringLiteral("diff: ") + name, p.color(QPalette::Text), background, 4.5});
    // The transcript's turns: the speaker's name on the turn's tint.
    pairs.append({QStringLiteral("agent speaker"), agentSpeakerColor(), mix(base, agentSpeakerColor(), 0.10), 4.5});
    pairs.append({QStringLiteral("caller speaker"), otherSpeakerColor(), mix(base, otherSpeakerColor(), 0.10), 4.5});
    for (Status status : {Status::Unknown, Status::Draft, Status::Pending, Status::InProgress, Status::CalculatingSummary,
                          Status::Completed, Status::Stopped}) {
        const UiText::Colors colours = UiText::statusColors(status);
        pairs.append({QStringLiteral("status badge %1").arg(int(status)), colours.foreground, colours.background, 4.5});
        pairs.append({QStringLiteral("status in the list %1").arg(int(status)), colours.foreground, base, 4.5});
    }
    const QStringList slices = {QStringLiteral("positive"), QStringLiteral("negative"), QStringLiteral("neutral")};
    const QList<QColor> sentiment = sentimentColors();
    for (int i = 0; i < sentiment.size(); ++i) {
        pairs.append({QStringLiteral("sentiment %1 on base").arg(slices.value(i)), sentiment.at(i), base, 3.0});
        pairs.append({QStringLiteral("sentiment %1 on window").arg(slices.value(i)), sentiment.at(i), window, 3.0});
    }
    return pairs;
}

} // namespace theme

namespace {

// A short rounded grip in the middle of the gap: visible enough to be found (the user is meant
// to resize the transcript), quiet enough not to look like a rule; the accent colour under the
// mouse.
class QuietHandle : public QSplitterHandle
{
public:
    QuietHandle(Qt::Orientation orientation, QSplitter *parent)
        : QSplitterHandle(orientation, parent)
    {
        setAttribute(Qt::WA_Hover);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(underMouse() ? theme::accentColor() : theme::mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.3));
        const QSizeF grip = orientation() == Qt::Horizontal ? QSizeF(4, 32) : QSizeF(32, 4);
        QRectF r(QPointF(0, 0), grip);
        r.moveCenter(QRectF(rect()).center());
        painter.drawRoundedRect(r, 2, 2);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::HoverEnter || event->type() == QEvent::HoverLeave)
            update();
        return QSplitterHandle::event(event);
    }
};

} // namespace

QSplitterHandle *QuietSplitter::createHandle()
{
    return new QuietHandle(orientation(), this);
}

} // namespace simwatch
