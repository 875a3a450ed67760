import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {CommentThread} from '../ui/comment-thread.tsx';
import {useWrite} from '../write/writer.tsx';

type Comment = Row['request_comment'] & {author?: {name: string} | undefined};

/** The conversation on a request. "@Name" mentions any active colleague (they are told and can see the request). */
export function Comments({
  requestId,
  comments,
  timeZone,
  canComment,
}: {
  requestId: string;
  comments: readonly Comment[];
  timeZone: string;
  canComment: boolean;
}) {
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  return (
    <CommentThread
      draftKey={`comment.${requestId}`}
      comments={comments.map((c) => ({...c, author: c.author?.name}))}
      timeZone={timeZone}
      canComment={canComment}
      mentionable={members.filter((m) => m.active)}
      post={(body, mentions) => write(mutators.request.addComment({id: uuidv7(), requestId, body, mentions, createdAt: Date.now()}))}
    />
  );
}
