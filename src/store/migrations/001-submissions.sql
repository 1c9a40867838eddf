-- Organisers' submissions, moderators, their sessions and the audit log.
-- Times are epoch seconds (bigint), as everywhere else in the program: the clock is passed in, never read here.

CREATE TABLE moderators (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email           text NOT NULL,
  name            text NOT NULL,
  role            text NOT NULL CHECK (role IN ('editor', 'admin')),
  -- scrypt$N$r$p$salt$hash (src/submissions/passwords.ts)
  password_hash   text NOT NULL,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    bigint,
  created_at      bigint NOT NULL,
  disabled_at     bigint
);
CREATE UNIQUE INDEX moderators_email ON moderators (lower(email));

-- Only a hash of the cookie's value is stored: a copy of the database cannot be used to log in.
CREATE TABLE moderator_sessions (
  token_hash      text PRIMARY KEY,
  moderator_id    bigint NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
  created_at      bigint NOT NULL,
  last_seen_at    bigint NOT NULL
);
CREATE INDEX moderator_sessions_moderator ON moderator_sessions (moderator_id);

CREATE TABLE submissions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The event's identity in the `submissions` source (its UID): random, so it says nothing about the queue.
  public_id       text NOT NULL UNIQUE,
  status          text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  lang            text NOT NULL,
  -- The event as the organiser (or an editor) wrote it: src/domain/submission.ts, submissionEventSchema.
  event           jsonb NOT NULL,
  -- Contact data for the editors only; set to null when the retention period ends.
  contact_name    text,
  contact_email   text,
  -- sha256 of the organiser's private link token.
  token_hash      text NOT NULL UNIQUE,
  reject_reason   text,
  created_at      bigint NOT NULL,
  updated_at      bigint NOT NULL,
  decided_at      bigint,
  decided_by      bigint REFERENCES moderators (id) ON DELETE SET NULL,
  -- End of the event's last date: retention periods count from here.
  last_ends_at    bigint NOT NULL,
  contact_deleted_at bigint,
  -- Rises with every change: an edit made from an older copy is refused instead of overwriting a newer one.
  version         integer NOT NULL DEFAULT 1
);
CREATE INDEX submissions_status ON submissions (status, created_at);

-- One picture per submission, already resized and stripped of metadata (WebP).
CREATE TABLE submission_images (
  submission_id   bigint PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  sha256          text NOT NULL,
  bytes           bytea NOT NULL,
  width           integer NOT NULL,
  height          integer NOT NULL
);

-- A picture uploaded with a form that had other mistakes, kept for the next try (hours, not days).
CREATE TABLE pending_uploads (
  token_hash      text PRIMARY KEY,
  sha256          text NOT NULL,
  bytes           bytea NOT NULL,
  width           integer NOT NULL,
  height          integer NOT NULL,
  file_name       text NOT NULL,
  created_at      bigint NOT NULL
);

-- Who did what, for editors to read. Never contact data; `actor_name` keeps a moderator's name after the account goes.
CREATE TABLE audit_log (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at              bigint NOT NULL,
  actor           text NOT NULL CHECK (actor IN ('moderator', 'organiser', 'system', 'admin-token')),
  moderator_id    bigint REFERENCES moderators (id) ON DELETE SET NULL,
  actor_name      text,
  action          text NOT NULL,
  submission_id   bigint,
  detail          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_submission ON audit_log (submission_id);

-- Secrets the processes share (ALTCHA and form-token keys), made once at first start.
CREATE TABLE app_secrets (
  name            text PRIMARY KEY,
  value           text NOT NULL,
  created_at      bigint NOT NULL
);

-- Solved ALTCHA challenges, until they expire: one solution, one submission.
CREATE TABLE altcha_spent (
  signature       text PRIMARY KEY,
  expires_at      bigint NOT NULL
);
