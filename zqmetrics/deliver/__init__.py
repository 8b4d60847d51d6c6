"""What a supervision office circulates: the supervisor's list, the workbook, the 督查通报 draft,
a self-contained page and charts, in Chinese by default (``lang="en"`` for English).

Modules load their heavy libraries (openpyxl, python-docx, matplotlib) on first use only.
"""
