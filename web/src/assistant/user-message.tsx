import { imageSrc } from '../api/client.ts';
import type { UserTurn } from './chat-turn.ts';
import { useLightbox } from './lightbox.tsx';

export function UserMessage({ turn }: { turn: UserTurn }) {
  const open = useLightbox();
  return (
    <article className="chat-message is-user" data-testid="chat-message" data-role="user">
      {turn.attachments.length > 0 ? (
        <div className="message-attachments">
          {turn.attachments.map((attachment) => {
            const url = attachment.kind === 'upload' ? attachment.dataUrl : attachment.thumbnailUrl;
            const name =
              attachment.kind === 'upload' ? attachment.name : (attachment.title ?? attachment.assetId);
            if (!url) return null;
            return (
              <button
                key={attachment.id}
                type="button"
                className="chat-image-button"
                onClick={() => open({ url, alt: name, caption: name })}
              >
                <img className="attachment-img" src={imageSrc(url)} alt={name} />
              </button>
            );
          })}
        </div>
      ) : null}
      <div className="message-bubble">{turn.text}</div>
    </article>
  );
}
