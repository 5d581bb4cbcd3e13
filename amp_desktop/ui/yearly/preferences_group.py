"""The Preferences group of the yearly figures: the catalogue's municipality (SCB code,
its name shown) and population, written as the same undoable change the Yearly figures
window makes, and Kolada's address (an application setting)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from amp_desktop.core.kolada.changes import (
    municipality_problem,
    settings_change,
    valid_municipality,
)
from amp_desktop.core.kolada.client import DEFAULT_URL, KoladaError
from amp_desktop.core.kolada.municipalities import municipality_name
from amp_desktop.core.kolada.transport import check_address
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class YearlyGroup(QGroupBox):
    """Municipality, population (disabled without a writable catalogue) and Kolada's address."""

    def __init__(
        self,
        settings: Settings,
        catalogue: Catalogue | None,
        session: CatalogueSession | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Yearly figures and Kolada"), parent)
        self._settings = settings
        self._catalogue = catalogue
        self._session = session
        self.municipality_code = QLineEdit(
            (catalogue.municipality_code() or "") if catalogue is not None else ""
        )
        self.municipality_code.setObjectName("yearly_municipality_code")
        self.municipality_code.setPlaceholderText("1980")
        self.municipality_code.setMaxLength(4)
        self.municipality_code.setMaximumWidth(80)
        self.municipality_name = QLabel()
        self.municipality_code.textChanged.connect(self._show_name)
        self.population = QSpinBox()
        self.population.setObjectName("yearly_population")
        self.population.setRange(0, 20_000_000)
        self.population.setSpecialValueText(self.tr("not set"))
        self.population.setGroupSeparatorShown(True)
        self.population.setValue((catalogue.population() or 0) if catalogue is not None else 0)
        self.kolada_address = QLineEdit(settings.kolada_api_url)
        self.kolada_address.setObjectName("yearly_kolada_address")
        self.kolada_address.setPlaceholderText(DEFAULT_URL)
        self.population.setToolTip(
            self.tr("The municipality's inhabitants, for the cost per inhabitant (N40008).")
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.municipality_code)
        row.addWidget(self.municipality_name, 1)
        row.addWidget(_label(self.tr("Populatio&n:"), self.population))
        row.addWidget(self.population)
        form.addRow(_label(self.tr("Municipality (SCB c&ode):"), self.municipality_code), row)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        form.addRow("", self.problem_label)
        form.addRow(self.tr("&Kolada address:"), self.kolada_address)
        self.address_problem_label = QLabel()  # under the address it is about
        self.address_problem_label.setStyleSheet("color: #b3261e;")
        self.address_problem_label.setWordWrap(True)
        self.address_problem_label.hide()
        form.addRow("", self.address_problem_label)
        note = QLabel(
            self.tr("The municipality and population are kept in the catalogue file.")
            if catalogue is not None
            else self.tr("Open a catalogue to set its municipality and population.")
        )
        note.setWordWrap(True)
        form.addRow("", note)
        enabled = catalogue is not None and not catalogue.read_only
        self.municipality_code.setEnabled(enabled)
        self.population.setEnabled(enabled)
        self._show_name()

    def _show_name(self) -> None:
        code = self.municipality_code.text().strip()
        name = municipality_name(code) if code else None
        if not code:
            text = self.tr("not set")
        elif name:
            text = name
        elif valid_municipality(code):
            text = self.tr("no municipality has this code")
        else:
            text = self.tr("four digits, e.g. 1980 for Västerås")
        self.municipality_name.setText(text)

    def problem(self) -> str:
        """Why the values cannot be stored ("" when they can)."""
        code = self.municipality_code.text().strip()
        problem = municipality_problem(code) if code else ""
        if problem and self.municipality_code.isEnabled():
            return self.tr("Municipality: {problem} Or leave it empty.").format(problem=problem)
        return self._address_problem()

    def _address_problem(self) -> str:
        address = self.kolada_address.text().strip()
        try:
            if address:
                check_address(address)
        except KoladaError as exc:
            return self.tr("Kolada address: {problem} Or leave it empty.").format(problem=exc)
        return ""

    def check(self) -> bool:
        """Show what is wrong under the field; True when the values can be stored."""
        problem = self.problem()
        address = self._address_problem()
        shown = problem if problem != address else ""
        self.problem_label.setText(shown)
        self.problem_label.setVisible(bool(shown))
        self.address_problem_label.setText(address if problem == address else "")
        self.address_problem_label.setVisible(bool(address) and problem == address)
        return not problem

    def change(self) -> ChangeSet:
        """The catalogue change the fields ask for (empty when they ask for none)."""
        catalogue = self._catalogue
        if catalogue is None or catalogue.read_only:
            return ChangeSet()
        return settings_change(
            catalogue,
            municipality=self.municipality_code.text().strip(),
            population=self.population.value(),
        )

    def save(self) -> bool:
        """Store the address, and the catalogue settings as one undo step; False (the
        user told) if the catalogue could not be written."""
        address = self.kolada_address.text().strip()
        same = address.rstrip("/") == DEFAULT_URL.rstrip("/")
        self._settings.kolada_api_url = "" if same else address
        change = self.change()
        if change.is_empty():
            return True
        title = self.tr("Municipality not saved")
        assert self._catalogue is not None
        session = self._session or CatalogueSession(self._catalogue, self)
        return session.run(change, parent=self, title=title) is not None
