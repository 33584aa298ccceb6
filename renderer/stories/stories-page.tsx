/** `#/stories`: the interview stories promoted from reflected setbacks. */
export function StoriesPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Stories</h1>
      </header>
      <section className="empty-state">
        <h2>Your interview stories will live here</h2>
        <p>
          When a setback has been reflected on (why it happened, what you did, what you learned), it can become a
          polished answer to “Tell me about a time you failed”.
        </p>
      </section>
    </div>
  );
}
