#include "ui/app/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Theme {

namespace {

Colors g_current = light();
bool g_applied = false;

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

QString css(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

QColor disabledText(const Colors& c)
{
    return c.dark ? QColor(0x8b, 0x92, 0x9c) : QColor(0x6b, 0x72, 0x80);
}

// Draws an icon of the set in the colours in use at the moment it is painted.
class ThemeIconEngine : public QIconEngine
{
public:
    ThemeIconEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
    {}
    QIconEngine* clone() const override { return new ThemeIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("WaymarkThemeIcon"); }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        // Selected (a highlighted list row, the sidebar's current page): all in the highlighted
        // text's colour, since the accent is the selection's own background.
        const QColor ink = mode == QIcon::Disabled   ? disabledText(g_current)
                           : mode == QIcon::Selected ? g_current.highlightedText
                                                     : g_current.windowText;
        const QColor accent = mode == QIcon::Normal || mode == QIcon::Active ? g_current.accent : ink;
        const QString cacheKey = QStringLiteral("wm-icon-%1-%2x%3-%4-%5")
                                     .arg(m_name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(css(ink), css(accent));
        QPixmap out;
        if (QPixmapCache::find(cacheKey, &out))
            return out;
        QByteArray svg = m_svg;
        // The set is drawn in #1f2937 with #1d5f8c accents; recolour it for the palette.
        svg.replace("#1f2937", css(ink).toLatin1());
        svg.replace("#1d5f8c", css(accent).toLatin1());
        QSvgRenderer renderer(svg);
        out = QPixmap(size);
        out.fill(Qt::transparent);
        QPainter painter(&out);
        renderer.render(&painter);
        painter.end();
        QPixmapCache::insert(cacheKey, out);
        return out;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap px = pixmap(rect.size() * dpr, mode, state);
        px.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, px);
    }

private:
    QString m_name;
    QByteArray m_svg;
};

// Watches for the platform changing its theme or palette and chooses the colours again.
class SystemFollower : public QObject
{
public:
    using QObject::QObject;
    bool busy = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool themeChange = event->type() == QEvent::ThemeChange;
        const bool paletteChange =
            event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance();
        if (!busy && !m_pending && (themeChange || paletteChange)) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                refresh();
            });
        }
        return false;
    }

private:
    bool m_pending = false;
};

SystemFollower* g_follower = nullptr;

} // namespace

Colors light()
{
    Colors c;
    c.dark = false;
    c.window = QColor(0xf3, 0xf4, 0xf6);
    c.windowText = QColor(0x1f, 0x29, 0x37);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf7, 0xfa);
    c.text = QColor(0x11, 0x18, 0x27);
    c.button = QColor(0xe9, 0xec, 0xf0);
    c.buttonText = QColor(0x1f, 0x29, 0x37);
    c.highlight = QColor(0x1d, 0x5f, 0x8c);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x1a, 0x56, 0x80);
    c.placeholder = QColor(0x5f, 0x67, 0x73);
    c.mid = QColor(0xb8, 0xbf, 0xc8);
    c.toolTipBase = QColor(0xff, 0xfd, 0xe7);
    c.toolTipText = QColor(0x1f, 0x29, 0x37);
    c.accent = QColor(0x1d, 0x5f, 0x8c);
    c.errorBackground = QColor(0xfd, 0xec, 0xea);
    c.errorText = QColor(0x8a, 0x1c, 0x1c);
    c.errorBorder = QColor(0xb0, 0x00, 0x20);
    c.infoBackground = QColor(0xe8, 0xf1, 0xfb);
    c.infoText = QColor(0x12, 0x3a, 0x63);
    c.infoBorder = QColor(0x5b, 0x8f, 0xc7);
    c.bannerBackground = QColor(0xff, 0xd5, 0x4f);
    c.bannerText = QColor(0x3e, 0x27, 0x23);
    c.chipBackground = QColor(0xe1, 0xe8, 0xf0);
    c.chipText = QColor(0x1f, 0x29, 0x37);
    c.alertChipBackground = QColor(0xfb, 0xe3, 0xd6);
    c.alertChipText = QColor(0x7a, 0x2e, 0x0e);
    return c;
}

Colors dark()
{
    Colors c;
    c.dark = true;
    c.window = QColor(0x1e, 0x21, 0x26);
    c.windowText = QColor(0xe6, 0xe8, 0xeb);
    // Fields a shade lighter than the window, so an empty one still reads as a box to type in.
    c.base = QColor(0x27, 0x2b, 0x32);
    c.alternateBase = QColor(0x2d, 0x32, 0x3a);
    c.text = QColor(0xe6, 0xe8, 0xeb);
    c.button = QColor(0x2b, 0x2f, 0x36);
    c.buttonText = QColor(0xe6, 0xe8, 0xeb);
    c.highlight = QColor(0x4d, 0x9f, 0xd6);
    c.highlightedText = QColor(0x0b, 0x14, 0x1c);
    c.link = QColor(0x8c, 0xc4, 0xf0);
    c.placeholder = QColor(0x9a, 0xa2, 0xad);
    c.mid = QColor(0x4a, 0x50, 0x59);
    c.toolTipBase = QColor(0x2b, 0x2f, 0x36);
    c.toolTipText = QColor(0xe6, 0xe8, 0xeb);
    c.accent = QColor(0x4d, 0x9f, 0xd6);
    c.errorBackground = QColor(0x3b, 0x16, 0x18);
    c.errorText = QColor(0xff, 0xb4, 0xab);
    c.errorBorder = QColor(0xec, 0x86, 0x8e);
    c.infoBackground = QColor(0x14, 0x2c, 0x44);
    c.infoText = QColor(0xc4, 0xdf, 0xf7);
    c.infoBorder = QColor(0x4d, 0x7f, 0xb0);
    c.bannerBackground = QColor(0x5c, 0x47, 0x00);
    c.bannerText = QColor(0xff, 0xec, 0xb3);
    c.chipBackground = QColor(0x2e, 0x35, 0x3f);
    c.chipText = QColor(0xe6, 0xe8, 0xeb);
    c.alertChipBackground = QColor(0x4a, 0x24, 0x12);
    c.alertChipText = QColor(0xff, 0xcc, 0xb0);
    return c;
}

bool systemIsDark()
{
    // WAYMARK_COLOR_SCHEME=dark|light overrides (screenshots, a desktop that does not say).
    const QByteArray forced = qgetenv("WAYMARK_COLOR_SCHEME");
    if (forced == "dark")
        return true;
    if (forced == "light")
        return false;
    // Before apply(): the platform theme's palette (a desktop in dark mode gives a dark one).
    const QPalette p = g_applied ? QPalette() : QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

const Colors& current()
{
    return g_current;
}

QPalette palette(const Colors& c)
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.link);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::BrightText, c.highlightedText);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Midlight, c.dark ? c.button.lighter(120) : c.base);
        // Dark doubles as secondary text ("palette(dark)" in style sheets): readable at 4.5:1.
        p.setColor(group, QPalette::Dark, c.placeholder);
        p.setColor(group, QPalette::Shadow, c.dark ? QColor(0, 0, 0) : c.mid.darker(170));
        p.setColor(group, QPalette::Light, c.dark ? c.button.lighter(140) : QColor(0xff, 0xff, 0xff));
    }
    // Disabled text stays legible (it is not held to 4.5:1, but it should still be read).
    const QColor disabled = disabledText(c);
    p.setColor(QPalette::Disabled, QPalette::Window, c.window);
    p.setColor(QPalette::Disabled, QPalette::Base, c.window);
    p.setColor(QPalette::Disabled, QPalette::Button, c.button);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.text);
    return p;
}

void apply(QApplication& app)
{
    // The platform's own style when it has one (Windows, macOS, a KDE/GNOME theme);
    // Fusion where Qt would otherwise fall back to its plain "Windows" look.
    const QString style = app.style() != nullptr ? app.style()->name().toLower() : QString();
    if (style.isEmpty() || style == QLatin1String("windows"))
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_current = systemIsDark() ? dark() : light();
    g_applied = true;
    app.setPalette(palette(g_current));
    if (g_follower == nullptr) {
        g_follower = new SystemFollower(&app);
        app.installEventFilter(g_follower);
    }
}

void refresh()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app == nullptr || g_follower == nullptr)
        return;
    g_follower->busy = true;
    // What the platform says now: its own palette, without ours on top.
    app->setPalette(QPalette());
    g_applied = false;
    const bool nowDark = systemIsDark();
    g_applied = true;
    const bool changed = nowDark != g_current.dark;
    if (changed)
        g_current = nowDark ? dark() : light();
    app->setPalette(palette(g_current));
    g_follower->busy = false;
    if (changed)
        Q_EMIT notifier()->changed();
}

ThemeNotifier* notifier()
{
    static ThemeNotifier* instance = new ThemeNotifier(QCoreApplication::instance());
    return instance;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<Pair> textPairs(const Colors& c)
{
    return {
        {QStringLiteral("window text on window"), c.windowText, c.window},
        {QStringLiteral("text on base"), c.text, c.base},
        {QStringLiteral("text on alternate rows"), c.text, c.alternateBase},
        {QStringLiteral("button text on button"), c.buttonText, c.button},
        {QStringLiteral("selected text on highlight"), c.highlightedText, c.highlight},
        {QStringLiteral("link on base"), c.link, c.base},
        {QStringLiteral("link on window"), c.link, c.window},
        {QStringLiteral("placeholder on base"), c.placeholder, c.base},
        {QStringLiteral("secondary text (palette dark) on window"), c.placeholder, c.window},
        {QStringLiteral("error text on window (unlock dialog, field marks)"), c.errorBorder, c.window},
        {QStringLiteral("error text on base"), c.errorBorder, c.base},
        {QStringLiteral("tooltip"), c.toolTipText, c.toolTipBase},
        {QStringLiteral("error message"), c.errorText, c.errorBackground},
        {QStringLiteral("information message"), c.infoText, c.infoBackground},
        {QStringLiteral("demo banner"), c.bannerText, c.bannerBackground},
        {QStringLiteral("chip"), c.chipText, c.chipBackground},
        {QStringLiteral("alert chip"), c.alertChipText, c.alertChipBackground},
        {QStringLiteral("text on window (read-only fields)"), c.text, c.window},
    };
}

QIcon icon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemeIconEngine(name, file.readAll()));
}

QString chipStyle(bool alert)
{
    const QColor bg = alert ? g_current.alertChipBackground : g_current.chipBackground;
    const QColor fg = alert ? g_current.alertChipText : g_current.chipText;
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }")
        .arg(css(bg), css(fg));
}

QString errorStyle()
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
        .arg(css(g_current.errorBackground), css(g_current.errorText), css(g_current.errorBorder));
}

QString infoStyle()
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
        .arg(css(g_current.infoBackground), css(g_current.infoText), css(g_current.infoBorder));
}

QString invalidFieldStyle()
{
    return QStringLiteral("border: 2px solid %1;").arg(css(g_current.errorBorder));
}

QString inlineErrorStyle()
{
    return QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(css(g_current.errorBorder));
}

QString bannerStyle()
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 6px; }")
        .arg(css(g_current.bannerBackground), css(g_current.bannerText));
}

} // namespace Theme
