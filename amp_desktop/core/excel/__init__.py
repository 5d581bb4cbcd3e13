"""Excel exchange: export, import with preview, other people's sheets, referral lists."""

from amp_desktop.core.excel.safety import ExcelFileError, check_workbook_file

__all__ = ["ExcelFileError", "check_workbook_file"]
