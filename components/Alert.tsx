/** An error the user must notice; screen readers announce it when it appears. */
export function Alert({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div class="alert" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
