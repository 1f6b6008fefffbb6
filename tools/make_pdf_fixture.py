#!/usr/bin/env python3
"""Writes Tests/Fixtures/PDF/paged-review.pdf: a two-page review report (authored text) with a running header,
"Page N of M" footers, numbered headings and a paragraph that a page break cuts. Needs fpdf2 (PyPI), used only to
author this fixture. Usage: python3 tools/make_pdf_fixture.py"""
import os
from fpdf import FPDF

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "PDF", "paged-review.pdf")


class Report(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 8, "Safeguarding Adults Review - Adult K - Final report", align="C")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Report()
pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1, tzinfo=__import__("datetime").timezone.utc))
pdf.alias_nb_pages()
pdf.add_page()


def heading(text):
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 8, text)
    pdf.ln(1)


def paragraph(text):
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, text, align="J")
    pdf.ln(3)


pdf.set_font("Helvetica", "B", 16)
pdf.multi_cell(0, 10, "Safeguarding Adults Review: Adult K")
pdf.ln(4)
heading("1. Introduction")
paragraph("This review looks at the support that Adult K received from the mental health trust, the council and "
          "his GP practice over two years, and at what the agencies knew about the risks he faced. " * 11)
heading("2. Findings")
paragraph("The review found that information sharing between the community mental health team and the housing "
          "provider was poor, and that the care coordinator was not told when Adult K lost his tenancy. " * 12)
paragraph("His family were not consulted about the discharge plan, and nobody recorded their worries about his "
          "health. There was no evidence that his experience of childhood trauma had been explored. " * 9
          + "This paragraph ends on the last page.")
heading("3. Recommendations")
paragraph("The Trust should ensure that families are involved in discharge planning.")
pdf.output(OUT)
print("wrote", os.path.normpath(OUT))
