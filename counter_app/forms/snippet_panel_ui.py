# Generated from snippet_panel.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout)

class Ui_SnippetPanel(object):
    def setupUi(self, SnippetPanel):
        if not SnippetPanel.objectName():
            SnippetPanel.setObjectName(u"SnippetPanel")
        self.layout = QVBoxLayout(SnippetPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.language_label = QLabel(SnippetPanel)
        self.language_label.setObjectName(u"language_label")
        self.language_label.setTextFormat(Qt.RichText)
        self.language_label.setWordWrap(True)

        self.layout.addWidget(self.language_label)

        self.search = QLineEdit(SnippetPanel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.layout.addWidget(self.search)

        self.category = QComboBox(SnippetPanel)
        self.category.setObjectName(u"category")

        self.layout.addWidget(self.category)

        self.snippets = QListView(SnippetPanel)
        self.snippets.setObjectName(u"snippets")
        self.snippets.setWordWrap(True)
        self.snippets.setAlternatingRowColors(True)
        self.snippets.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.snippets.setLayoutMode(QListView.Batched)
        self.snippets.setBatchSize(25)

        self.layout.addWidget(self.snippets)

        self.screen_buttons = QHBoxLayout()
        self.screen_buttons.setObjectName(u"screen_buttons")
        self.show_button = QPushButton(SnippetPanel)
        self.show_button.setObjectName(u"show_button")

        self.screen_buttons.addWidget(self.show_button)

        self.blank_button = QPushButton(SnippetPanel)
        self.blank_button.setObjectName(u"blank_button")

        self.screen_buttons.addWidget(self.blank_button)

        self.favourite_button = QPushButton(SnippetPanel)
        self.favourite_button.setObjectName(u"favourite_button")

        self.screen_buttons.addWidget(self.favourite_button)


        self.layout.addLayout(self.screen_buttons)

        self.translate_title = QLabel(SnippetPanel)
        self.translate_title.setObjectName(u"translate_title")
        self.translate_title.setWordWrap(True)

        self.layout.addWidget(self.translate_title)

        self.direction = QComboBox(SnippetPanel)
        self.direction.setObjectName(u"direction")

        self.layout.addWidget(self.direction)

        self.free_text = QPlainTextEdit(SnippetPanel)
        self.free_text.setObjectName(u"free_text")
        self.free_text.setMaximumSize(QSize(16777215, 70))
        self.free_text.setTabChangesFocus(True)

        self.layout.addWidget(self.free_text)

        self.translation = QTextBrowser(SnippetPanel)
        self.translation.setObjectName(u"translation")
        self.translation.setMaximumSize(QSize(16777215, 90))

        self.layout.addWidget(self.translation)

        self.translate_buttons = QHBoxLayout()
        self.translate_buttons.setObjectName(u"translate_buttons")
        self.translate_button = QPushButton(SnippetPanel)
        self.translate_button.setObjectName(u"translate_button")

        self.translate_buttons.addWidget(self.translate_button)

        self.save_snippet_button = QPushButton(SnippetPanel)
        self.save_snippet_button.setObjectName(u"save_snippet_button")

        self.translate_buttons.addWidget(self.save_snippet_button)


        self.layout.addLayout(self.translate_buttons)

        self.layout.setStretch(3, 1)

        self.retranslateUi(SnippetPanel)
    # setupUi

    def retranslateUi(self, SnippetPanel):
#if QT_CONFIG(accessibility)
        SnippetPanel.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Verst\u00e4ndigung mit der Kundin/dem Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("SnippetPanel", u"Suchen (Strg+K)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Textbausteine suchen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Kategorie der Textbausteine", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.snippets.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Textbausteine", None))
#endif // QT_CONFIG(accessibility)
        self.show_button.setText(QCoreApplication.translate("SnippetPanel", u"&Zeigen (F5)", None))
#if QT_CONFIG(accessibility)
        self.show_button.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Ausgew\u00e4hlten Text auf der Kundenanzeige zeigen", None))
#endif // QT_CONFIG(accessibility)
        self.blank_button.setText(QCoreApplication.translate("SnippetPanel", u"&Leeren (F6)", None))
#if QT_CONFIG(accessibility)
        self.blank_button.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Kundenanzeige leeren", None))
#endif // QT_CONFIG(accessibility)
        self.favourite_button.setText(QCoreApplication.translate("SnippetPanel", u"&Favorit", None))
#if QT_CONFIG(accessibility)
        self.favourite_button.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Textbaustein als Favorit markieren", None))
#endif // QT_CONFIG(accessibility)
        self.translate_title.setText(QCoreApplication.translate("SnippetPanel", u"<b>Freier Text \u2013 maschinelle \u00dcbersetzung (offline)</b>", None))
#if QT_CONFIG(accessibility)
        self.direction.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"\u00dcbersetzungsrichtung", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.free_text.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Freier Text zum \u00dcbersetzen", None))
#endif // QT_CONFIG(accessibility)
        self.free_text.setPlaceholderText(QCoreApplication.translate("SnippetPanel", u"Text eingeben, Strg+Eingabe \u00fcbersetzt", None))
#if QT_CONFIG(accessibility)
        self.translation.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Maschinelle \u00dcbersetzung", None))
#endif // QT_CONFIG(accessibility)
        self.translate_button.setText(QCoreApplication.translate("SnippetPanel", u"\u00dcbersetzen", None))
#if QT_CONFIG(accessibility)
        self.translate_button.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"Freien Text \u00fcbersetzen", None))
#endif // QT_CONFIG(accessibility)
        self.save_snippet_button.setText(QCoreApplication.translate("SnippetPanel", u"Als Baustein &speichern", None))
#if QT_CONFIG(accessibility)
        self.save_snippet_button.setAccessibleName(QCoreApplication.translate("SnippetPanel", u"\u00dcbersetzung als ungepr\u00fcften Textbaustein speichern", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

