/**
 * Written into the report's document properties (关键词 / keywords) so that a later run knows the file at --out is a
 * report it wrote and may replace it; Excel and WPS keep the keywords when the clerk saves the report again.
 */
export const REPORT_MARKER = 'jl-roster-report';
