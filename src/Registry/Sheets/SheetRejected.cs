namespace Registry.Sheets;

/// <summary>
/// The uploaded file cannot be read as a register: not a spreadsheet, encrypted, too big, a formula, merged headers.
/// The message is for the administrator, in Swedish; nothing has been recorded.
/// </summary>
public sealed class SheetRejected(string message) : Exception(message);
