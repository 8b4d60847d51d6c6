"""Deliver stage: what a supervision office circulates, in Chinese by default (``lang="en"``).

One :func:`~zqmetrics.deliver.sections.supervision_list` per assessed frame feeds every output:
the terminal list and .csv/.md (``flat``), the workbook (``workbook``), the 督查通报 and 督办单
(``docx``), the self-contained page (``page``) and the charts (``plot``, ``zq.plot``);
:func:`~zqmetrics.deliver.write.write` picks one by file suffix. Labels and sentence templates are
data (``labels``); ``tables`` keeps the programs' side: the per-target frame of ``df.zq.targets``
and the rule that makes report text inert in a spreadsheet. Heavy libraries (openpyxl,
python-docx, matplotlib) load on first use.
"""
