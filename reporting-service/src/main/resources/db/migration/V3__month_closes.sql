-- Month-end closes (issue 9): finance closes a month; its KPIs are frozen as one snapshot row per KPI, never
-- changed afterwards. Later events dated in a closed month show as adjustments (live figure − snapshot).
CREATE TABLE month_close (
    close_year  INT          NOT NULL,
    close_month INT          NOT NULL,
    closed_at   TIMESTAMP(6) NOT NULL,
    closed_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (close_year, close_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kpi_snapshot (
    close_year  INT          NOT NULL,
    close_month INT          NOT NULL,
    kpi         VARCHAR(40)  NOT NULL,
    figure      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (close_year, close_month, kpi),
    CONSTRAINT fk_kpi_snapshot_close FOREIGN KEY (close_year, close_month)
        REFERENCES month_close (close_year, close_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
