using Aiguillage.Diagnosis;
using ClosedXML.Excel;

namespace Aiguillage.Web;

/// <summary>The diagnosis as one XLSX workbook (ClosedXML): a sheet per table of DiagnosisTables, headers in bold, numbers as numbers.</summary>
internal static class DiagnosisWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(TerritoryDiagnosis diagnosis)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"Diagnostic territorial — {diagnosis.Name}";
        foreach (var table in DiagnosisTables.Of(diagnosis))
        {
            var sheet = workbook.Worksheets.Add(table.Key);
            for (var c = 0; c < table.Headers.Count; c++)
            {
                sheet.Cell(1, c + 1).Value = table.Headers[c];
                sheet.Cell(1, c + 1).Style.Font.Bold = true;
            }

            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Rows[r].Count; c++)
                {
                    sheet.Cell(r + 2, c + 1).Value = table.Rows[r][c];
                }
            }

            sheet.SheetView.FreezeRows(1);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
