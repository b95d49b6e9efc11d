/**
 * Workbook.comments / Worksheet.comments: one comment thread per cell, as in Excel.
 */
import { cellAddress } from './a1';
import { HostClientCollection, HostClientObject, type Binding, type PropertyTable } from './clientObject';
import type { Execution, HostRequestContext } from './context';
import { invalidArgument, invalidOperation, itemNotFound } from './errors';
import { newId, sheetById, type HostComment, type HostSheet } from './model';
import { Range, resolveRangeArgument, type RangeTarget } from './rangeProxy';

/** All comments of the workbook, or those of one sheet. */
export interface CommentScope {
  readonly sheet?: HostSheet;
}

/** The author Excel would record; the host has no signed-in user. */
export const HOST_AUTHOR = { name: 'Preview user', email: '' };

function checkComment(comment: HostComment, exec: Execution): void {
  if (!exec.workbook.comments.includes(comment)) throw itemNotFound(`Comment ${comment.id} was deleted`);
}

function editComment<K extends 'content' | 'resolved'>(exec: Execution, comment: HostComment, key: K, value: HostComment[K]): void {
  const before = comment[key];
  comment[key] = value;
  exec.journal.record(() => {
    comment[key] = before;
  });
}

const COMMENT_PROPERTIES: PropertyTable<HostComment> = {
  id: { read: (c) => c.id },
  content: {
    read: (c) => c.content,
    write: (c, v, exec) => {
      if (typeof v !== 'string') throw invalidArgument('Comment.content takes text');
      editComment(exec, c, 'content', v);
    },
  },
  authorName: { read: (c) => c.authorName },
  authorEmail: { read: (c) => c.authorEmail },
  creationDate: { read: (c) => new Date(c.creationDate) },
  resolved: {
    read: (c) => c.resolved,
    write: (c, v, exec) => {
      if (typeof v !== 'boolean') throw invalidArgument('Comment.resolved takes true or false');
      editComment(exec, c, 'resolved', v);
    },
  },
};

export class Comment extends HostClientObject<HostComment> {
  readonly _typeName = 'Comment';
  protected readonly _properties = COMMENT_PROPERTIES;

  constructor(context: HostRequestContext, binding: Binding<HostComment>) {
    super(context, binding);
  }

  protected override _checkAlive(comment: HostComment, exec: Execution): void {
    checkComment(comment, exec);
  }

  get id(): string {
    return this._get('id');
  }
  get content(): string {
    return this._get('content');
  }
  set content(value: string) {
    this._set('content', value);
  }
  get authorName(): string {
    return this._get('authorName');
  }
  get authorEmail(): string {
    return this._get('authorEmail');
  }
  get creationDate(): Date {
    return this._get('creationDate');
  }
  get resolved(): boolean {
    return this._get('resolved');
  }
  set resolved(value: boolean) {
    this._set('resolved', value);
  }

  getLocation(): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method: 'getLocation',
      args: [],
      nullable: false,
      resolve: (exec) => {
        const comment = this._target(exec, 'getLocation');
        const sheet = sheetById(exec.workbook, comment.sheetId);
        if (!sheet) throw itemNotFound(`the sheet of comment ${comment.id} no longer exists`);
        return { sheet, box: { row: comment.row, col: comment.col, rows: 1, cols: 1 } };
      },
    });
  }

  delete(): void {
    this._call('delete', [], (comment, exec) => {
      const workbook = exec.workbook;
      const before = workbook.comments;
      workbook.comments = before.filter((c) => c !== comment);
      exec.journal.record(() => {
        workbook.comments = before;
      });
    });
  }
}

export class CommentCollection extends HostClientCollection<CommentScope, HostComment, Comment> {
  readonly _typeName = 'CommentCollection';
  protected readonly _properties: PropertyTable<CommentScope> = {};

  constructor(context: HostRequestContext, resolve: (exec: Execution) => CommentScope | null) {
    super(context, { kind: 'navigation', resolve });
  }

  protected _enumerate(scope: CommentScope, exec: Execution): HostComment[] {
    return exec.workbook.comments.filter((c) => !scope.sheet || c.sheetId === scope.sheet.id);
  }

  protected _createItem(comment: HostComment): Comment {
    return new Comment(this.context, { kind: 'fixed', target: comment });
  }

  protected _itemPropertyNames(): string[] {
    return Object.keys(COMMENT_PROPERTIES);
  }

  private _cell(scope: CommentScope, exec: Execution, cell: Range | string, where: string): RangeTarget {
    const target = resolveRangeArgument(cell, exec, scope.sheet, where);
    if (target.box.rows !== 1 || target.box.cols !== 1) throw invalidArgument(`${where}: a comment belongs to a single cell`);
    return target;
  }

  private _comment(method: string, args: unknown[], find: (scope: CommentScope, exec: Execution) => HostComment | null, nullable = false): Comment {
    return new Comment(this.context, {
      kind: 'method',
      parent: this,
      method,
      args,
      nullable,
      resolve: (exec) => find(this._target(exec, method), exec),
    });
  }

  /** content may be text or { richContent }; only the text is kept. */
  add(cell: Range | string, content: string | { richContent: string }, _contentType?: string): Comment {
    return this._comment('add', [cell, content], (scope, exec) => {
      const { sheet, box } = this._cell(scope, exec, cell, 'CommentCollection.add');
      const text = typeof content === 'string' ? content : content?.richContent;
      if (typeof text !== 'string') throw invalidArgument('CommentCollection.add: content must be text');
      const workbook = exec.workbook;
      if (workbook.comments.some((c) => c.sheetId === sheet.id && c.row === box.row && c.col === box.col)) {
        throw invalidOperation(`CommentCollection.add: ${sheet.name}!${cellAddress(box.row, box.col)} already has a comment`);
      }
      const comment: HostComment = {
        id: newId(workbook, 'COMMENT'),
        sheetId: sheet.id,
        row: box.row,
        col: box.col,
        content: text,
        authorName: HOST_AUTHOR.name,
        authorEmail: HOST_AUTHOR.email,
        creationDate: new Date().toISOString(),
        resolved: false,
      };
      const before = workbook.comments;
      workbook.comments = [...before, comment];
      exec.journal.record(() => {
        workbook.comments = before;
      });
      return comment;
    });
  }

  getItem(commentId: string): Comment {
    return this._comment('getItem', [commentId], (scope, exec) => {
      const found = this._enumerate(scope, exec).find((c) => c.id === commentId);
      if (!found) throw itemNotFound(`There is no comment with id ${commentId}`);
      return found;
    });
  }

  getItemOrNullObject(commentId: string): Comment {
    return this._comment('getItemOrNullObject', [commentId], (scope, exec) => this._enumerate(scope, exec).find((c) => c.id === commentId) ?? null, true);
  }

  getItemByCell(cell: Range | string): Comment {
    return this._comment('getItemByCell', [cell], (scope, exec) => {
      const { sheet, box } = this._cell(scope, exec, cell, 'CommentCollection.getItemByCell');
      const found = exec.workbook.comments.find((c) => c.sheetId === sheet.id && c.row === box.row && c.col === box.col);
      if (!found) throw itemNotFound(`${sheet.name}!${cellAddress(box.row, box.col)} has no comment`);
      return found;
    });
  }
}
