#!/usr/bin/env python3
# Makes the small hand-made .xlsx fixtures for the importer tests (python3, standard library only):
#   deprivation/wimd2014_small.xlsx, deprivation/wimd2014_cut.xlsx, covariates/households_small.xlsx
# Run from this folder: python3 make_xlsx_fixtures.py. Values are invented; only the layout follows the
# Welsh Government WIMD 2014 workbook and the ONS household-estimates workbook.
import zipfile
from xml.sax.saxutils import escape


def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f'{col(c)}{r}'
            if v is None or v == '':
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append('</sheetData></worksheet>')
    return ''.join(out)


def workbook(path, sheets):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + ''.join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             for i in range(1, len(sheets) + 1)) + '</Types>')
        z.writestr('_rels/.rels',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr('xl/workbook.xml',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + ''.join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, 1))
                   + '</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1)) + '</Relationships>')
        for i, (_, rows) in enumerate(sheets, 1):
            z.writestr(f'xl/worksheets/sheet{i}.xml', sheet_xml(rows))


# WIMD 2014 layout: 3 rows of notes, header on row 4, 10 LSOAs ranked 1..10 (1 = most deprived).
# Blaenau Gwent holds overall ranks 1, 2, 4, 7; Ceredigion 3, 5, 6, 8, 9, 10.
header = ['LSOA Code', 'LSOA Name (Eng)', 'LSOA Name - \nONS classification', 'Local Authority Name (Eng)', '',
          'WIMD 2014 (r) ', '', 'Income (r) ', '', 'Employment', '', 'Health', '', 'Education ', '',
          'Access to Services', '', 'Community Safety', '', 'Physical Environment', '', 'Housing']
overall = {'Blaenau Gwent': [1, 2, 4, 7], 'Ceredigion': [3, 5, 6, 8, 9, 10]}
rows = [[], ['', '', '', '', '', 'Rank of LSOA, where 1 is the Most Deprived LSOA'], [], header]
n = 0
for la, ranks in overall.items():
    for k, rank in enumerate(ranks):
        n += 1
        income = 11 - rank  # income ranks reversed, so Ceredigion holds income ranks 1, 2, 5
        domain = [rank, income, rank, rank, rank, rank, rank, rank, rank]
        row = [f'W0100{n:04d}', f'Place {n}', f'{la} 00{k + 1}A', la, '']
        for value in domain:
            row += [value, '']
        rows.append(row[:-1])
rows += [[], ['Note'], ['(r) Data in these columns were revised.']]
workbook('deprivation/wimd2014_small.xlsx', [('Guidance sheet', [['Guidance']]), ('WIMD 2014 results Eng', rows)])
with open('deprivation/wimd2014_small.xlsx', 'rb') as f:
    data = f.read()
with open('deprivation/wimd2014_cut.xlsx', 'wb') as f:
    f.write(data[: len(data) * 2 // 3])

# ONS household estimates layout: notes, header on row 11, codes in A, type in D, years from E.
years = [f'{y} [note 2]' for y in (2011, 2012, 2013)]
top = [['Estimated number of households (made up for a test)'], [], [], [], ['Estimates are rounded to the nearest hundred'],
       [], [], [], [], [], ['Area code', 'Country', 'Area Name [note 3]', 'Area Type'] + years]
total = top + [['W06000016', 'Wales', 'Rhondda Cynon Taf', 'LA', 100000, 100500, 101000],
               ['E10000021', 'England', 'Northamptonshire', 'County', 300000, 301000, 302000],
               ['E07000150', 'England', 'Corby', 'LA', 30000, 30100, 30200],
               ['E11000001', 'England', 'Greater Manchester', 'Met County', 1, 1, 1],
               ['S12000033', 'Scotland', 'Aberdeen City', 'LA', 100000, 100000, 100000],
               ['E09000001', 'England', 'City of London', 'LA', '[w]', '[w]', '[w]'],
               ['W92000004', 'Wales', 'Wales', 'Country', 1300000, 1310000, 1320000]]
lone = top + [['W06000016', 'Wales', 'Rhondda Cynon Taf', 'LA', 12500, 12000, '[u]'],
              ['E10000021', 'England', 'Northamptonshire', 'County', 33000, 30100, 30200],
              ['E07000150', 'England', 'Corby', 'LA', 4000, 4100, 4200],
              ['E11000001', 'England', 'Greater Manchester', 'Met County', 1, 1, 1],
              ['S12000033', 'Scotland', 'Aberdeen City', 'LA', 1, 1, 1],
              ['E09000001', 'England', 'City of London', 'LA', '[w]', '[w]', '[w]'],
              ['W92000004', 'Wales', 'Wales', 'Country', 143000, 144100, 145200]]
workbook('covariates/households_small.xlsx', [('Cover_sheet', [['Cover sheet']]), ('Total_households', total),
                                              ('Lone_parent_households', lone)])
