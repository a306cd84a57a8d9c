-- Each month close stores the year-end forecast as of the month's last day (docs/figures.md, forecasts), one row
-- per figure, in the close's transaction: the quarter's evaluation shows how the landing moved month by month.
-- Written once with its close, never changed, never emptied by the rebuild (like kpi_snapshot).
CREATE TABLE forecast_snapshot (
    close_year     INT           NOT NULL,
    close_month    INT           NOT NULL,
    figure_key     VARCHAR(40)   NOT NULL,
    landing        DECIMAL(15,2) NULL,
    low            DECIMAL(15,2) NULL,
    high           DECIMAL(15,2) NULL,
    short_by       DECIMAL(15,2) NULL,
    basis          VARCHAR(10)   NOT NULL,
    PRIMARY KEY (close_year, close_month, figure_key),
    CONSTRAINT fk_forecast_snapshot_close FOREIGN KEY (close_year, close_month)
        REFERENCES month_close (close_year, close_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
