/**
 * Round trips and their sizes: what a sync counts, what it carries, and what Excel on the web refuses
 * (a request or response over 5 MB, a read of more than 5,000,000 cells).
 */
import { createExcelHost, fromArrays, HostError, snapshotCells, type ExcelHost } from '../../tools/excel-host/index';

function emptyHost(): ExcelHost {
  return createExcelHost(fromArrays({ S: [['seed']] }));
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }
  throw new Error('expected the promise to reject');
}

/** rows x cols of text cells, each `width` ASCII characters. */
function textBlock(rows: number, cols: number, width: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}-${c}-`.padEnd(width, 'x')));
}

describe('sync count', () => {
  it('counts round trips: each sync with queued statements, plus the closing one of Excel.run when needed', async () => {
    const host = emptyHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      range.load('values');
      await context.sync(); // 1
      await context.sync(); // nothing queued: no round trip
      range.values = [['changed']];
      await context.sync(); // 2
      range.values = [['again']]; // sent by the sync Excel.run makes at the end: 3
    });
    expect(host.stats.syncCount).toBe(3);
    expect(host.stats.requests).toHaveLength(3);
    expect(host.stats.runCount).toBe(1);
    await host.run(async () => {});
    expect(host.stats.syncCount).toBe(3);
    host.resetStats();
    expect(host.stats).toEqual({ syncCount: 0, requests: [], largestPayloadBytes: 0, runCount: 0 });
  });

  it('measures what each request sends and each response returns, in UTF-8 bytes of JSON', async () => {
    const host = emptyHost();
    const values = textBlock(100, 4, 30);
    const names = [['张三丰'.repeat(100)]]; // 300 CJK characters: 900 bytes in UTF-8
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:D100').values = values;
      sheet.getRange('F1').values = names;
      await context.sync();
      sheet.getRange('A1:D100').load('values');
      await context.sync();
    });
    const [write, read] = host.stats.requests;
    const valuesJson = JSON.stringify(values).length;
    expect(write.bytesSent).toBeGreaterThanOrEqual(valuesJson + 900);
    expect(write.bytesSent).toBeLessThan(valuesJson + 900 + 2000);
    expect(read.bytesReceived).toBeGreaterThanOrEqual(valuesJson);
    expect(read.bytesReceived).toBeLessThan(valuesJson + 1000);
    expect(host.stats.largestPayloadBytes).toBe(Math.max(write.bytesSent, read.bytesReceived));
  });
});

describe('request shape', () => {
  it('carries, for every proxy a statement touches, its object path and an Instantiate action, as Office.js does', async () => {
    // sheet.getRange('B2').format.fill.load('color') touches four proxies (range, format, fill, and the sheet):
    // Office.js sends each as an ObjectPathInfo ({"Id":..,"ObjectPathType":..,"Name":..,"ParentObjectPathId":..},
    // 60 bytes or more) plus {"Id":..,"ActionType":1,"Name":"","ObjectPathId":..} (45 or more), then the query.
    const host = emptyHost();
    const cells = 1_000;
    await host.run(async (context) => {
      for (let i = 0; i < cells; i++) context.workbook.worksheets.getItem('S').getRange(`B${i + 2}`).format.fill.load('color');
      await context.sync();
    });
    expect(host.stats.requests[0].bytesSent / cells).toBeGreaterThan(4 * (60 + 45));
  });
});

describe('payload limit', () => {
  it('accepts a 4 MB write', async () => {
    const host = emptyHost();
    const values = textBlock(10_000, 10, 40); // 100,000 cells of 40 characters: about 4.3 MB of JSON
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:J10000').values = values;
      await context.sync();
    });
    expect(host.stats.requests[0].bytesSent).toBeGreaterThan(4_000_000);
    expect(host.stats.requests[0].bytesSent).toBeLessThanOrEqual(5_000_000);
    expect(snapshotCells(host.workbook, 'S').J10000).toEqual({ value: values[9999][9] });
  });

  it('rejects a request over 5,000,000 bytes and applies none of it', async () => {
    const host = emptyHost();
    const before = snapshotCells(host.workbook);
    const values = textBlock(12_000, 10, 42); // about 5.4 MB
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['small write in the same batch']];
        sheet.getRange('A2:J12001').values = values;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.stats.requests[0].bytesSent).toBeGreaterThan(5_000_000);
    expect(host.stats.requests[0].rejected).toBe('RequestPayloadSizeLimitExceeded');
    expect(snapshotCells(host.workbook)).toEqual(before);
  });

  it('rejects a response over 5,000,000 bytes and undoes the writes of its batch', async () => {
    const host = emptyHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      for (let block = 0; block < 3; block++) {
        sheet.getRange(`A${block * 4000 + 1}:J${block * 4000 + 4000}`).values = textBlock(4000, 10, 42);
        await context.sync();
      }
    });
    const before = snapshotCells(host.workbook);
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('L1').values = [['written before the big read']];
        sheet.getRange('A1:J12000').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(host.stats.requests.at(-1)!.bytesReceived).toBeGreaterThan(5_000_000);
    expect(snapshotCells(host.workbook)).toEqual(before);
  });

  it('refuses to read more than 5,000,000 cells of one range, even empty ones', async () => {
    const host = emptyHost();
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A:E').load('values'); // 5 x 1,048,576 cells
        await context.sync();
      }),
    );
    expect(error.code).toBe('RangeExceedsLimit');
    expect(error.message).toContain('5242880');
  });

  it('takes its limits from the options', async () => {
    const host = createExcelHost(fromArrays({ S: [['seed']] }), { payloadLimitBytes: 1000 });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A50').values = textBlock(50, 1, 30);
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
  });
});
