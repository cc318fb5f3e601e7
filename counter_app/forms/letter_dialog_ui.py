# Generated from letter_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(1100, 720)
        self.layout = QVBoxLayout(LetterDialog)
        self.layout.setObjectName(u"layout")
        self.header = QLabel(LetterDialog)
        self.header.setObjectName(u"header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.header)

        self.splitter = QSplitter(LetterDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.options_panel = QWidget(self.splitter)
        self.options_panel.setObjectName(u"options_panel")
        self.options_layout = QVBoxLayout(self.options_panel)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.template_form = QFormLayout()
        self.template_form.setObjectName(u"template_form")
        self.template_label = QLabel(self.options_panel)
        self.template_label.setObjectName(u"template_label")

        self.template_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_choice = QComboBox(self.options_panel)
        self.template_choice.setObjectName(u"template_choice")

        self.template_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_choice)


        self.options_layout.addLayout(self.template_form)

        self.template_description = QLabel(self.options_panel)
        self.template_description.setObjectName(u"template_description")
        self.template_description.setWordWrap(True)
        self.template_description.setStyleSheet(u"color: #555;")

        self.options_layout.addWidget(self.template_description)

        self.fields_box = QGroupBox(self.options_panel)
        self.fields_box.setObjectName(u"fields_box")
        self.fields_layout = QFormLayout(self.fields_box)
        self.fields_layout.setObjectName(u"fields_layout")

        self.options_layout.addWidget(self.fields_box)

        self.courtesy = QCheckBox(self.options_panel)
        self.courtesy.setObjectName(u"courtesy")

        self.options_layout.addWidget(self.courtesy)

        self.allow_unreviewed = QCheckBox(self.options_panel)
        self.allow_unreviewed.setObjectName(u"allow_unreviewed")
        self.allow_unreviewed.setEnabled(False)

        self.options_layout.addWidget(self.allow_unreviewed)

        self.status = QLabel(self.options_panel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.RichText)

        self.options_layout.addWidget(self.status)

        self.archive_label = QLabel(self.options_panel)
        self.archive_label.setObjectName(u"archive_label")

        self.options_layout.addWidget(self.archive_label)

        self.archive = QListView(self.options_panel)
        self.archive.setObjectName(u"archive")
        self.archive.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.archive.setAlternatingRowColors(True)

        self.options_layout.addWidget(self.archive)

        self.options_layout.setStretch(7, 1)
        self.splitter.addWidget(self.options_panel)
        self.preview_panel = QWidget(self.splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.preview_panel)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_layout.addWidget(self.preview_label)

        self.preview = QTextBrowser(self.preview_panel)
        self.preview.setObjectName(u"preview")
        self.preview.setOpenLinks(False)

        self.preview_layout.addWidget(self.preview)

        self.preview_layout.setStretch(1, 1)
        self.splitter.addWidget(self.preview_panel)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.open_button = QPushButton(LetterDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.buttons.addWidget(self.open_button)

        self.pdf_button = QPushButton(LetterDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons.addWidget(self.pdf_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_spacer)

        self.save_button = QPushButton(LetterDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.close_button = QPushButton(LetterDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_choice)
        self.archive_label.setBuddy(self.archive)
        self.preview_label.setBuddy(self.preview)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_choice, self.courtesy)
        QWidget.setTabOrder(self.courtesy, self.allow_unreviewed)
        QWidget.setTabOrder(self.allow_unreviewed, self.archive)
        QWidget.setTabOrder(self.archive, self.preview)
        QWidget.setTabOrder(self.preview, self.save_button)
        QWidget.setTabOrder(self.save_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.close_button)

        self.retranslateUi(LetterDialog)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Brief erstellen", None))
#if QT_CONFIG(accessibility)
        LetterDialog.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Brief erstellen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.header.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Kundin/Kunde und Anliegen", None))
#endif // QT_CONFIG(accessibility)
        self.template_label.setText(QCoreApplication.translate("LetterDialog", u"&Vorlage:", None))
#if QT_CONFIG(accessibility)
        self.template_choice.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Briefvorlage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.template_description.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Beschreibung der Vorlage", None))
#endif // QT_CONFIG(accessibility)
        self.fields_box.setTitle(QCoreApplication.translate("LetterDialog", u"Angaben f\u00fcr diesen Brief", None))
#if QT_CONFIG(accessibility)
        self.fields_box.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Angaben f\u00fcr diesen Brief", None))
#endif // QT_CONFIG(accessibility)
        self.courtesy.setText(QCoreApplication.translate("LetterDialog", u"&H\u00f6flichkeits\u00fcbersetzung beilegen", None))
#if QT_CONFIG(accessibility)
        self.courtesy.setAccessibleName(QCoreApplication.translate("LetterDialog", u"H\u00f6flichkeits\u00fcbersetzung beilegen", None))
#endif // QT_CONFIG(accessibility)
        self.allow_unreviewed.setText(QCoreApplication.translate("LetterDialog", u"&Ungepr\u00fcfte \u00dcbersetzungen erlauben (werden im Brief gekennzeichnet)", None))
#if QT_CONFIG(accessibility)
        self.allow_unreviewed.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Ungepr\u00fcfte \u00dcbersetzungen erlauben", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Hinweise zum Brief", None))
#endif // QT_CONFIG(accessibility)
        self.archive_label.setText(QCoreApplication.translate("LetterDialog", u"Gespeicherte &Briefe zu diesem Gespr\u00e4ch:", None))
#if QT_CONFIG(accessibility)
        self.archive.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Gespeicherte Briefe zu diesem Gespr\u00e4ch", None))
#endif // QT_CONFIG(accessibility)
        self.preview_label.setText(QCoreApplication.translate("LetterDialog", u"V&orschau:", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Vorschau des Briefs", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("LetterDialog", u"Brief \u00f6&ffnen", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Gespeicherten Brief \u00f6ffnen", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("LetterDialog", u"Als &PDF exportieren", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Gespeicherten Brief als PDF exportieren", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("LetterDialog", u"&Speichern (Eingabe)", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Brief speichern und beim Gespr\u00e4ch ablegen", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("LetterDialog", u"Schlie\u00dfen (Esc)", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Fenster schlie\u00dfen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

